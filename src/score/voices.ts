import type { VoicedHit } from '../tag/types.js';
import { scoreText, type ScoringFrame } from './score.js';
import type { VoiceScores, VoiceWords } from './types.js';

/** Whose hits count as the outlet's own: its narration, and boilerplate only when the user asked for it back. */
export function isOwnVoice(hit: VoicedHit, includeBoilerplate: boolean): boolean {
  return hit.voice === 'narrator' || (includeBoilerplate && hit.voice === 'boilerplate');
}

/** Scores a text's hits voice by voice; quoted hits are never mixed into the outlet's own. */
export function scoreVoices(hits: VoicedHit[], words: VoiceWords, frame: ScoringFrame, zeros: boolean, includeBoilerplate: boolean): VoiceScores {
  const own = hits.filter((h) => isOwnVoice(h, includeBoilerplate));
  return {
    own: scoreText(words.own, own, frame, zeros),
    quoted: scoreText(words.quoted, hits.filter((h) => h.voice === 'quoted'), frame, zeros),
    top: scoreText(words.top, own.filter((h) => h.segment === 'headline' || h.segment === 'lede'), frame, zeros),
  };
}
