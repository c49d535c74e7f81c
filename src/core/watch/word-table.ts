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

/** A slot's tag: the hash's high bits over the key's length (low 8 bits; never 0 for a key). */
function tagOf(hash: number, length: number): number {
  return (hash & ~0xff) | (length & 0xff) | (length > 0xff ? 1 : 0);
}

export class WordTable<V> {
  private mask = 0;
  /**
   * One 32-bit tag per slot (0 = free), so that a probe reads a key only when hash and length
   * agree; keys and values side by side in one list (a key at 2 × slot, its value after it). A
   * lookup reads one tag and one pair: fewer cache misses in a table of tens of thousands of words.
   */
  private tags = new Int32Array(0);
  private entries: (string | V | undefined)[] = [];
  /** Each key's whole hash, read only when the table grows. */
  private hashes = new Int32Array(0);
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
    const { tags, entries, mask } = this;
    const length = end - start;
    const tag = tagOf(hash, length);
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const stored = tags[at] as number;
      if (stored === 0) return undefined;
      if (stored !== tag) continue;
      const key = entries[2 * at] as string;
      if (key.length === length && text.startsWith(key, start)) return entries[2 * at + 1] as V;
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
    const { tags, mask } = this;
    let at = hash & mask;
    while (tags[at] !== 0) at = (at + 1) & mask;
    tags[at] = tagOf(hash, word.length);
    this.hashes[at] = hash;
    this.entries[2 * at] = word;
    this.entries[2 * at + 1] = value;
    this.count++;
  }

  private reset(slots: number, keep = false): void {
    const { tags, entries, hashes } = this;
    this.mask = slots - 1;
    this.tags = new Int32Array(slots);
    this.hashes = new Int32Array(slots);
    this.entries = new Array<string | V | undefined>(2 * slots).fill(EMPTY);
    this.count = 0;
    if (!keep) return;
    for (let at = 0; at < tags.length; at++) {
      if (tags[at] === 0) continue;
      this.place(entries[2 * at] as string, hashes[at] as number, entries[2 * at + 1] as V);
    }
  }
}
