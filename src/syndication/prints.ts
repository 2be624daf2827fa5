import { SIGNATURE_SIZE } from './minhash.js';

/** A growable array of 32-bit values: one typed array, doubled when full, never an array of numbers. */
class Uint32Column {
  private values = new Uint32Array(1024);
  length = 0;
  push(items: ArrayLike<number>): void {
    if (this.length + items.length > this.values.length) {
      const grown = new Uint32Array(Math.max(this.values.length * 2, this.length + items.length));
      grown.set(this.values.subarray(0, this.length));
      this.values = grown;
    }
    this.values.set(items, this.length);
    this.length += items.length;
  }
  slice(from: number, to: number): Uint32Array {
    return this.values.subarray(from, to);
  }
  at(i: number): number {
    return this.values[i] as number;
  }
}

/**
 * Every article's copy fingerprint and MinHash signature, in the order
 * added (id order), packed into a few typed arrays: about 1 KB an article,
 * with no object per article.
 */
export class CopyPrints {
  readonly ids: string[] = [];
  private readonly prints = new Uint32Column();
  private readonly ends = new Uint32Column();
  private readonly signatures = new Uint32Column();

  add(id: string, fingerprint: ArrayLike<number>, signature: ArrayLike<number>): void {
    if (signature.length !== SIGNATURE_SIZE) throw new Error(`a MinHash signature has ${SIGNATURE_SIZE} values, not ${signature.length}`);
    this.ids.push(id);
    this.prints.push(fingerprint);
    this.ends.push([this.prints.length]);
    this.signatures.push(signature);
  }

  get size(): number {
    return this.ids.length;
  }

  fingerprint(i: number): Uint32Array {
    return this.prints.slice(i === 0 ? 0 : this.ends.at(i - 1), this.ends.at(i));
  }

  signature(i: number): Uint32Array {
    return this.signatures.slice(i * SIGNATURE_SIZE, (i + 1) * SIGNATURE_SIZE);
  }
}
