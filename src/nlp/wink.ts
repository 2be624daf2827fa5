import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let instance: WinkMethods | undefined;

/** One wink instance per process, with only the steps framelens uses (sentences and POS). */
export function wink(): WinkMethods {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}
