import type { Evaluation } from './evaluate.js';

/** One accuracy target and whether an evaluation meets it. */
export interface TargetCheck {
  name: string;
  value: number;
  target: number;
  met: boolean;
}

/** The targets framelens holds itself to on its gold standard (test/gold/), as the README lists them. */
export function checkTargets(e: Evaluation): TargetCheck[] {
  const own = e.naming.ownVoice.overall;
  const check = (name: string, value: number, target: number): TargetCheck => ({ name, value, target, met: value >= target });
  return [
    check('naming, own voice: precision', own.precision, 0.95),
    check('naming, own voice: recall', own.recall, 0.95),
    check('quotations (30% overlap): precision', e.quotations.overlap.precision, 0.9),
    check('quotations (30% overlap): recall', e.quotations.overlap.recall, 0.9),
    check('speaker right', e.speakers.share, 0.9),
    check('voice right', e.voice.share, 0.98),
    check('furniture lines out of the counts', e.segments.furnitureOut.share, 0.95),
    check('article lines kept', e.segments.articleKept.share, 1),
  ];
}

/** The F1 figures `--min-f1` applies to. */
export function headlineF1(e: Evaluation): { name: string; f1: number }[] {
  return [
    { name: 'naming, own voice', f1: e.naming.ownVoice.overall.f1 },
    { name: 'naming, all voices', f1: e.naming.allVoices.overall.f1 },
    { name: 'quotations (30% overlap)', f1: e.quotations.overlap.f1 },
  ];
}
