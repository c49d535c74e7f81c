// Splits a text once into words (with UTF-16 offsets) and the special tokens that overlay them:
// @handles, #tags and domain names. Words are runs of letters, digits and combining marks;
// "Acme's" and "PR:en" stay one word, hyphens and other punctuation separate words.
import { astralClass, charClasses, MARK as MARK_CLASS, OTHER as OTHER_CLASS, WORD_START as WORD_START_CLASS } from './char-class';

// Local copies: an imported binding is read through the module on every use in the hot loops.
const OTHER: typeof OTHER_CLASS = 0;
const WORD_START: typeof WORD_START_CLASS = 1;
const MARK: typeof MARK_CLASS = 2;

export type SpecialKind = 'handle' | 'tag' | 'domain';

export interface SpecialToken {
  kind: SpecialKind;
  start: number;
  end: number;
  /** Index of the first word inside the token (for word distances). */
  word: number;
}

export interface Tokens {
  /** Start offset of each word. */
  starts: ArrayLike<number>;
  /** End offset (exclusive) of each word. */
  ends: ArrayLike<number>;
  specials: SpecialToken[];
  /** Whether any word holds a combining mark (then words are composed to NFC before comparing). */
  marks: boolean;
}

/** Tokens that are the caller's own, in plain arrays. */
export interface OwnTokens extends Tokens {
  starts: number[];
  ends: number[];
}

// Bounded (at most 10 labels of 63 characters) so that text such as "a.a.a.a…" stays linear.
const DOMAIN = /(?:[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}-]{0,61}[\p{L}\p{N}\p{M}])?\.){1,10}\p{L}[\p{L}\p{M}]{1,62}(?![\p{L}\p{N}\p{M}]|\.[\p{L}\p{N}])/uy;
const HANDLE_BODY = /[\p{L}\p{N}\p{M}_]+/uy;
const HANDLE_NEIGHBOUR = /[\p{L}\p{N}\p{M}_.@#]/u;
const LETTER = /\p{L}/u;
const ABBREVIATION = /^[\p{Lu}\p{N}]+$/u;
const COLON_ENDING = /:\p{Ll}{1,5}(?![\p{L}\p{N}\p{M}])/uy;

function isApostropheCode(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2bc;
}

/** Class of the character at `at` (not a closure: hot loops keep `text` in a register). */
function classAt(text: string, table: Uint8Array, at: number): number {
  const c = text.charCodeAt(at);
  return (c & 0xfc00) === 0xd800 ? astralClass(text, at) : (table[c] ?? OTHER);
}

// Word offsets are gathered in arrays kept from text to text, made large enough for every word of
// the text before it is read (at most one word in two characters): a long page's arrays do not
// grow by steps, each step a fresh large allocation (page faults and zeroing by the kernel took
// more time than the tokenising on the captured pages).
let startsKept = new Int32Array(256);
let endsKept = new Int32Array(256);

/** The words of a text in arrays of its own. */
export function tokenise(text: string): OwnTokens {
  const shared = tokeniseShared(text);
  return { starts: Array.from(shared.starts), ends: Array.from(shared.ends), specials: shared.specials, marks: shared.marks };
}

/**
 * The words of a text as views into arrays kept from call to call, valid until the next call of
 * tokenise or tokeniseShared: for a caller done with them by then, a text costs no copy of its
 * offsets (as many as its words, twice, in every text of a feed).
 */
export function tokeniseShared(text: string): Tokens {
  const table = charClasses();
  const room = (text.length + 1) >> 1;
  if (startsKept.length < room) {
    const size = Math.max(room, 2 * startsKept.length);
    startsKept = new Int32Array(size);
    endsKept = new Int32Array(size);
  }
  const starts = startsKept;
  const ends = endsKept;
  let count = 0;
  const specials: SpecialToken[] = [];
  const n = text.length;
  let domainEnd = -1;
  let marks = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let k = table[c] as number;
    // surrogates are OTHER in the table: a high one is looked at as a pair
    if (k === OTHER && (c & 0xfc00) === 0xd800) k = astralClass(text, i);
    if (k !== WORD_START) {
      i += k === OTHER || (c & 0xfc00) !== 0xd800 ? 1 : 2;
      continue;
    }
    const start = i;
    for (;;) {
      // consume letters, digits and marks
      while (i < n) {
        const d = text.charCodeAt(i);
        const k2 = table[d];
        if (k2 === WORD_START) {
          i++;
        } else if (k2 === MARK) {
          marks = true;
          i++;
        } else if ((d & 0xfc00) === 0xd800) {
          const a = astralClass(text, i);
          if (a === OTHER) break;
          if (a === MARK) marks = true;
          i += 2;
        } else break;
      }
      if (i + 1 < n && isApostropheCode(text.charCodeAt(i)) && classAt(text, table, i + 1) === WORD_START) {
        i++;
        continue;
      }
      break;
    }
    // reads past the end are ruled out first: the optimised code would be thrown away at the first one
    if (i < n && text.charCodeAt(i) === 58 /* : */ && ABBREVIATION.test(text.slice(start, i))) {
      COLON_ENDING.lastIndex = i;
      const ending = COLON_ENDING.exec(text);
      if (ending !== null) i += ending[0].length;
    }
    const end = i;
    const index = count;
    starts[count] = start;
    ends[count] = end;
    count++;
    if (start > 0) {
      const before = text.charCodeAt(start - 1);
      if ((before === 64 /* @ */ || before === 35) /* # */ && (start < 2 || !HANDLE_NEIGHBOUR.test(text[start - 2] ?? ''))) {
        HANDLE_BODY.lastIndex = start;
        const body = HANDLE_BODY.exec(text);
        if (body !== null && (before === 64 || LETTER.test(body[0]))) {
          specials.push({ kind: before === 64 ? 'handle' : 'tag', start: start - 1, end: start + body[0].length, word: index });
        }
      }
    }
    if (start >= domainEnd && end + 1 < n && text.charCodeAt(end) === 46 /* . */ && classAt(text, table, end + 1) === WORD_START) {
      DOMAIN.lastIndex = start;
      const domain = DOMAIN.exec(text);
      if (domain !== null) {
        domainEnd = start + domain[0].length;
        specials.push({ kind: 'domain', start, end: domainEnd, word: index });
      }
    }
  }
  const out = { starts: starts.subarray(0, count), ends: ends.subarray(0, count), specials, marks };
  // a huge text's arrays are not kept for the next, ordinary ones
  if (starts.length > 1 << 16) {
    startsKept = new Int32Array(256);
    endsKept = new Int32Array(256);
  }
  return out;
}
