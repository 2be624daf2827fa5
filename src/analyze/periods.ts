/** ISO 8601 week of a YYYY-MM-DD date, as YYYY-Www. */
export function isoWeek(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const day = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - day + 3);
  const year = d.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const week = 1 + Math.round(((d.getTime() - firstThursday.getTime()) / 86_400_000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Weeks for a corpus spanning up to about three months, months beyond: enough bars to see a change, few enough to read. */
export function periodOf(dates: string[]): { unit: 'week' | 'month'; of: (date: string) => string } | undefined {
  if (dates.length === 0) return undefined;
  const sorted = [...dates].sort();
  const days = (Date.parse(sorted[sorted.length - 1] as string) - Date.parse(sorted[0] as string)) / 86_400_000;
  return days > 91 ? { unit: 'month', of: (date) => date.slice(0, 7) } : { unit: 'week', of: isoWeek };
}
