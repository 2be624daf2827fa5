export const SIGNATURE_SIZE = 64;

/** Fixed multipliers and masks, so signatures are the same in every run, thread and process; typed arrays keep the inner loop to integer arithmetic. */
const MULTIPLIERS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0);
const MASKS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => Math.imul(i + 7, 0x85ebca6b) >>> 0);

/**
 * MinHash signature of a set of shingle hashes (Broder 1997): the share of
 * positions where two signatures agree estimates the Jaccard similarity of
 * the sets, so near-duplicates are found without comparing every pair.
 */
export function minhashSignature(hashes: ArrayLike<number>): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let j = 0; j < hashes.length; j++) {
    const h = hashes[j] as number;
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      let v = Math.imul(h ^ (MASKS[i] as number), MULTIPLIERS[i] as number) >>> 0;
      v = (v ^ (v >>> 16)) >>> 0;
      if (v < (signature[i] as number)) signature[i] = v;
    }
  }
  return signature;
}

/** Band keys for locality-sensitive hashing: two signatures sharing any band become a candidate pair. Each key is the band's number and its rows as 16-bit characters: exact, and cheaper to build than digits. */
export function bandKeys(signature: Uint32Array, bands: number): string[] {
  const rows = Math.floor(signature.length / bands);
  const keys: string[] = [];
  const units: number[] = [];
  for (let b = 0; b < bands; b++) {
    units.length = 0;
    units.push(b);
    for (let r = b * rows; r < (b + 1) * rows; r++) {
      const v = signature[r] as number;
      units.push(v >>> 16, v & 0xffff);
    }
    keys.push(String.fromCharCode(...units));
  }
  return keys;
}
