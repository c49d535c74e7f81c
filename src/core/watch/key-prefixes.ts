// Every prefix of every lookup key of a compiled list (exact words, stems, Finnish stems, compound
// heads), so that a word of a text is stemmed only when some key it could resolve to opens it.
// Inflection in en, ru, fi and sv only ever takes endings off (Snowball deletes suffixes and folds
// ё before it, which stemRussian undoes; Finnish stems, gradation included, are generated when the
// list is compiled; English "-ies" becomes "-y", so such a key is also entered without its "y"):
// whatever a word resolves to, the key is a prefix of the word. A word no key opens, with what is
// left after the key fitting that kind of key, resolves to nothing, and is ruled out by a walk of
// its characters through this table without a substring, a stem or a table entry.
//
// The table holds hashes of the prefixes (their high bits, beside what ends there): two strings
// that agree there only let a word through that the full lookup then rules out, never the other
// way round.
import type { CompiledWatchList } from './compile';
import { FINNISH_MAX_ENDING, finnishEndings } from './finnish';

/** What ends at a prefix: kinds of keys (bits 0–6) and, per language, whether keys of it go on below (bits 8–12). */
export const EXACT = 1;
export const STEM_EN = 2;
export const STEM_RU = 4;
export const STEM_SV = 8;
export const STEM_FI = 16;
export const COMPOUND_FI = 32;
export const COMPOUND_SV = 64;
const BELOW = 8;
/** The low bits of a slot that hold what ends at a prefix (kinds and languages below). */
const INFO_MASK = (1 << 13) - 1;

/** Languages by index: 0 = any other (exact words only), then en, ru, fi, sv. */
const LANG_INDEX: Record<string, number> = { en: 1, ru: 2, fi: 3, sv: 4 };
const KINDS_OF_LANG = [EXACT, EXACT | STEM_EN, EXACT | STEM_RU, EXACT | STEM_FI | COMPOUND_FI, EXACT | STEM_SV | COMPOUND_SV];

export function langIndex(lang: string): number {
  return LANG_INDEX[lang] ?? 0;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const ENDING_BITS = 1 << 16;

/** The slot of a prefix hash in a table of 2^bits slots. */
function slotOf(hash: number, shift: number): number {
  return Math.imul(hash ^ (hash >>> 16), 0x7feb352d) >>> shift;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2bc;
}

/** Where wordBase(word) ends for the word text[start, end): before a colon ending or a final apostrophe-s. */
function baseEnd(text: string, start: number, end: number): number {
  for (let k = start + 1; k < end; k++) if (text.charCodeAt(k) === 58) return k;
  if (end - start > 2 && text.charCodeAt(end - 1) === 115 && isApostrophe(text.charCodeAt(end - 2))) return end - 2;
  return end;
}

function hashOf(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
  return h;
}

let hashSlotsKept: HashSlots | undefined;

/** A build-time table of full prefix hashes with what ends at each (bits ORed together). */
class HashSlots {
  private readonly hashes: Int32Array;
  private readonly info: Uint16Array;
  private readonly used: Uint8Array;
  private readonly mask: number;
  private readonly shift: number;
  count = 0;

  constructor(entries: number) {
    // one instance kept (see shapesKept in match.ts): the optimised build code outlives each list
    if (hashSlotsKept === undefined && entries > 0) hashSlotsKept = new HashSlots(0);
    let bits = 10;
    while (1 << bits < entries * 2) bits++;
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    this.hashes = new Int32Array(1 << bits);
    this.info = new Uint16Array(1 << bits);
    this.used = new Uint8Array(1 << bits);
  }

  or(hash: number, info: number): void {
    let at = slotOf(hash, this.shift);
    while (this.used[at] === 1 && this.hashes[at] !== hash) at = (at + 1) & this.mask;
    if (this.used[at] === 0) {
      this.used[at] = 1;
      this.hashes[at] = hash;
      this.count++;
    }
    this.info[at] = (this.info[at] as number) | info;
  }

  /** Every prefix into a table of one 32-bit word a slot (see KeyPrefixes.slots), in slot order. */
  packInto(slots: Int32Array, shift: number, mask: number): void {
    for (let from = 0; from <= this.mask; from++) {
      if (this.used[from] !== 1) continue;
      const hash = this.hashes[from] as number;
      const high = hash & ~INFO_MASK;
      let at = slotOf(hash, shift);
      // the walk stops where admits() stops: prefixes whose high bits agree share a slot (a word then only gets through more often)
      while (slots[at] !== 0 && ((slots[at] as number) & ~INFO_MASK) !== high) at = (at + 1) & mask;
      slots[at] = (slots[at] as number) | high | (this.info[from] as number);
    }
  }
}

/** Letters of every key the table is built from ("-ies" keys of English twice, the second without its "y"). */
function keyLetters(list: CompiledWatchList): number {
  let letters = 0;
  for (const map of [list.exact, list.stems.ru, list.stems.sv, list.finnish, list.compounds.fi, list.compounds.sv]) {
    for (const key of map.keys()) letters += key.length;
  }
  for (const key of list.stems.en.keys()) letters += key.length > 1 && key.endsWith('y') ? 2 * key.length - 1 : key.length;
  return letters;
}

/** Every prefix of every key of one kind; with `ies`, English stems in "-y" also without it ("-ies" → "-y": the word has the key's letters but its last). */
function addKeys(all: HashSlots, keys: Map<string, unknown>, kind: number, ies: boolean): void {
  let below = 0;
  for (let l = 0; l < KINDS_OF_LANG.length; l++) if (((KINDS_OF_LANG[l] as number) & kind) !== 0) below |= 1 << (BELOW + l);
  for (const key of keys.keys()) {
    addKey(all, key, key.length, kind, below);
    if (ies && key.length > 1 && key.endsWith('y')) addKey(all, key, key.length - 1, kind, below);
  }
}

/** The prefixes of key[0, n). */
function addKey(all: HashSlots, key: string, n: number, kind: number, below: number): void {
  let h = FNV_OFFSET;
  for (let k = 0; k < n; k++) {
    h = Math.imul(h ^ key.charCodeAt(k), FNV_PRIME);
    all.or(h, below | (k === n - 1 ? kind : 0));
  }
}

let endingBits: Uint32Array | undefined;

/** Hashes of every Finnish ending, as bits: the same for every list, made once. */
function finnishEndingBits(): Uint32Array {
  if (endingBits !== undefined) return endingBits;
  const bits = new Uint32Array(ENDING_BITS / 32);
  for (const ending of finnishEndings()) {
    const b = slotOf(hashOf(ending, 0, ending.length), 16);
    bits[b >>> 5] = (bits[b >>> 5] as number) | (1 << (b & 31));
  }
  endingBits = bits;
  return bits;
}

export class KeyPrefixes {
  /**
   * One 32-bit word per slot, in a table kept at most about half full: the prefix hash's high bits
   * over what ends at that prefix (INFO_BITS low bits, never 0 for a prefix in use; 0 = free slot).
   * One word instead of a hash and its info beside it, and a table sized by the distinct prefixes,
   * keep the walk in cache.
   */
  private readonly slots: Int32Array;
  private readonly shift: number;
  private readonly mask: number;
  /** Hashes of every Finnish ending, as bits (one table for every list). */
  private readonly endings: Uint32Array;

  constructor(list: CompiledWatchList) {
    // every prefix's full hash and what ends there, in a table as large as all keys' letters; in
    // small module functions with one kind of input each, whose optimised code outlives the list
    // (a loop here, over a closure or over tuples made for each list, was optimised again for each)
    const all = new HashSlots(keyLetters(list));
    addKeys(all, list.exact, EXACT, false);
    addKeys(all, list.stems.en, STEM_EN, true);
    addKeys(all, list.stems.ru, STEM_RU, false);
    addKeys(all, list.stems.sv, STEM_SV, false);
    addKeys(all, list.finnish, STEM_FI, false);
    addKeys(all, list.compounds.fi, COMPOUND_FI, false);
    addKeys(all, list.compounds.sv, COMPOUND_SV, false);
    // then packed into a table sized by the distinct prefixes
    let bits = 10;
    while (1 << bits < all.count * 2) bits++;
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.slots = new Int32Array(1 << bits);
    all.packInto(this.slots, this.shift, this.mask);
    this.endings = finnishEndingBits();
  }

  /**
   * Whether the word text[start, end) may resolve to some key in language `lang` (langIndex):
   * false only when it certainly resolves to nothing.
   */
  admits(text: string, start: number, end: number, lang: number): boolean {
    const { slots, shift, mask } = this;
    const below = 1 << (BELOW + lang);
    const kinds = KINDS_OF_LANG[lang] as number;
    let h = FNV_OFFSET;
    for (let k = start; k < end; k++) {
      h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
      const high = h & ~INFO_MASK;
      let at = slotOf(h, shift);
      let here = slots[at] as number;
      while ((here & ~INFO_MASK) !== high) {
        if (here === 0) return false;
        at = (at + 1) & mask;
        here = slots[at] as number;
      }
      if ((here & below) === 0) return false;
      if ((here & kinds) !== 0 && this.fits(text, start, k + 1, end, here & kinds)) return true;
    }
    return false;
  }

  /**
   * For each length k of a prefix of `word` (1 ≤ k ≤ word.length), the kinds of key of the language
   * that may end there, into `out[k]`; 0 where none does. A kind is never missing where a key ends
   * (hashes only add kinds). Returns the length past which no key goes on.
   */
  kindsAt(word: string, lang: number, out: Uint8Array): number {
    const { slots, shift, mask } = this;
    const below = 1 << (BELOW + lang);
    const kinds = KINDS_OF_LANG[lang] as number;
    let h = FNV_OFFSET;
    const n = Math.min(word.length, out.length - 1);
    for (let k = 1; k <= n; k++) out[k] = 0;
    for (let k = 0; k < n; k++) {
      h = Math.imul(h ^ word.charCodeAt(k), FNV_PRIME);
      const high = h & ~INFO_MASK;
      let at = slotOf(h, shift);
      let here = slots[at] as number;
      while ((here & ~INFO_MASK) !== high) {
        if (here === 0) return k;
        at = (at + 1) & mask;
        here = slots[at] as number;
      }
      if ((here & below) === 0) return k;
      out[k + 1] = here & kinds;
    }
    return n;
  }

  /** Whether what follows a key ending at `at` fits one of the kinds of key that end there. */
  private fits(text: string, start: number, at: number, end: number, kinds: number): boolean {
    if ((kinds & EXACT) !== 0) {
      // the word itself, its base ("acme's", "pr:en"), or a capital abbreviation with -s ("PRs")
      if (at === end) return true;
      const c = text.charCodeAt(at);
      if (c === 58 || isApostrophe(c) || (at + 1 === end && c === 115)) return true;
    }
    if ((kinds & ~EXACT) === 0) return false;
    const base = baseEnd(text, start, end);
    if (at > base) return false;
    const rest = base - at;
    // stemEnglish takes off at most a possessive and "-es" or "-ies"
    if ((kinds & STEM_EN) !== 0 && rest <= 5) return true;
    if ((kinds & (STEM_RU | STEM_SV)) !== 0) return true;
    if ((kinds & STEM_FI) !== 0 && at - start >= 2 && rest <= FINNISH_MAX_ENDING) {
      const b = slotOf(hashOf(text, at, base), 16);
      if (((this.endings[b >>> 5] as number) & (1 << (b & 31))) !== 0) return true;
    }
    // the rest of a compound is a word of its own: at least three letters
    return (kinds & (COMPOUND_FI | COMPOUND_SV)) !== 0 && rest >= 3;
  }
}
