// A hash table from a normalised word to what it resolves to, probed straight from a text's
// characters: looking up a word already seen costs no substring and no string hashing by the
// engine, which is most of the work for texts where almost every word is one seen before.

const EMPTY = '';
const MIN_SLOTS = 1 << 12;
/** Entries kept at most before the table starts afresh (at half load). */
export const WORD_TABLE_LIMIT = 1 << 17;

/** FNV-1a over the UTF-16 code units of text[start, end), with a final mix for the low bits. */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  return h ^ (h >>> 15);
}

export class WordTable<V> {
  private mask = 0;
  private keys: string[] = [];
  private hashes = new Int32Array(0);
  /** Key lengths beside the hashes (0 = free slot), so a probe reads a key only when both agree. */
  private lengths = new Int32Array(0);
  private values: (V | undefined)[] = [];
  private count = 0;

  constructor() {
    // the fields are set a second time here, so V8 never takes them for constants: the first time a
    // table grew, it threw away the optimised scan that relied on that
    this.reset(MIN_SLOTS);
  }

  get size(): number {
    return this.count;
  }

  /** The value stored for the word text[start, end) whose hash is `hash`. */
  find(text: string, start: number, end: number, hash: number): V | undefined {
    const { keys, hashes, lengths, mask } = this;
    const length = end - start;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const stored = lengths[at] as number;
      if (stored === 0) return undefined;
      if (stored === length && hashes[at] === hash && text.startsWith(keys[at] as string, start)) return this.values[at];
    }
  }

  /** Stores a value for a word (not empty) that `find` did not find. */
  add(word: string, hash: number, value: V): void {
    if ((this.count + 1) * 2 > this.mask + 1) {
      if (this.count >= WORD_TABLE_LIMIT) this.reset(MIN_SLOTS);
      else this.reset((this.mask + 1) * 2, true);
    }
    this.place(word, hash, value);
  }

  private place(word: string, hash: number, value: V): void {
    const { lengths, mask } = this;
    let at = hash & mask;
    while (lengths[at] !== 0) at = (at + 1) & mask;
    this.keys[at] = word;
    lengths[at] = word.length;
    this.hashes[at] = hash;
    this.values[at] = value;
    this.count++;
  }

  private reset(slots: number, keep = false): void {
    const { keys, hashes, values } = this;
    this.mask = slots - 1;
    this.keys = new Array<string>(slots).fill(EMPTY);
    this.hashes = new Int32Array(slots);
    this.lengths = new Int32Array(slots);
    this.values = new Array<V | undefined>(slots).fill(undefined);
    this.count = 0;
    if (!keep) return;
    for (let at = 0; at < keys.length; at++) {
      const key = keys[at] as string;
      if (key.length !== 0) this.place(key, hashes[at] as number, values[at] as V);
    }
  }
}
