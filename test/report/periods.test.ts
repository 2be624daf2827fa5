import { describe, expect, it } from 'vitest';
import { isoWeek, periodOf } from '../../src/analyze/periods.js';

describe('periods', () => {
  it.each([
    ['2024-01-01', '2024-W01'],
    ['2024-02-12', '2024-W07'],
    ['2024-05-09', '2024-W19'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
  ])('%s is in ISO week %s', (date, week) => {
    expect(isoWeek(date)).toBe(week);
  });

  it('uses weeks up to about three months and months beyond', () => {
    expect(periodOf(['2024-02-12', '2024-05-09'])?.unit).toBe('week');
    expect(periodOf(['2024-01-01', '2024-06-01'])?.of('2024-06-01')).toBe('2024-06');
    expect(periodOf([])).toBeUndefined();
  });
});
