// natural's package root loads dotenv (stdout noise) and its back-ends, so its inflectors are imported by path.
declare module 'natural/lib/natural/inflectors/noun_inflector.js' {
  export default class NounInflector {
    pluralize(word: string): string;
    singularize(word: string): string;
  }
}
declare module 'natural/lib/natural/inflectors/present_verb_inflector.js' {
  export default class PresentVerbInflector {
    pluralize(word: string): string;
    singularize(word: string): string;
  }
}
declare module 'natural/lib/natural/util/stopwords.js' {
  export const words: string[];
}
declare module 'natural/lib/natural/distance/dice_coefficient.js' {
  export default function diceCoefficient(a: string, b: string): number;
}
