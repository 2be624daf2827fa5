// natural's package root loads dotenv (stdout noise) and its back-ends, so its string distances are imported by path.
declare module 'natural/lib/natural/distance/dice_coefficient.js' {
  /** Dice coefficient of the two strings' character-bigram sets, after lower-casing and collapsing white space: 0 to 1. */
  export default function diceCoefficient(a: string, b: string): number;
}
