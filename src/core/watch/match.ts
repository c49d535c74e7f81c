// Finds where a compiled watch list occurs in one tokenised text.
import { wordBase } from '../text/normalise';
import type { Tokens } from '../text/tokenise';
import { compileWatchList, type CompiledWatchList, type WordRef } from './compile';
import { FINNISH_MAX_ENDING, finnishEndings } from './finnish';
import { isInflectedLang, stemEnglish, stemRussian, stemSwedish } from './stem';
import { COMPOUND_FI, COMPOUND_SV, EXACT, KeyPrefixes, langIndex, STEM_EN, STEM_FI, STEM_RU, STEM_SV } from './key-prefixes';
import { Occurrences } from './occurrences';
import { hashRange, WordTable } from './word-table';

const NONE: WordRef[] = [];
/** Scratch for KeyPrefixes.kindsAt: what may end at each length of the word being resolved (longer words are cut). */
const KINDS = new Uint8Array(256);
const PAIRS_LIMIT = 1024;
/** What one distinct word form resolves to, split the way the scan uses it. */
interface Resolution {
  /** Every term word it can be (any index). */
  refs: WordRef[];
  /** First words of one-word terms, and of phrases, in the order of `refs`. */
  singles: WordRef[];
  heads: WordRef[];
  /**
   * The one-word term's index when `singles` is one term with no capitals to check (most forms
   * that resolve to something), so the scan reads no further; NO_SINGLES or SEVERAL otherwise.
   */
  single: number;
  /** For a next word's resolution: the heads whose second word it can be (filled as pairs are met). */
  pairs: Map<Resolution, WordRef[]> | undefined;
}

const NO_HITS = new Int32Array(0);
const NO_SINGLES = -1;
const SEVERAL = -2;
const UNKNOWN: Resolution = { refs: NONE, singles: NONE, heads: NONE, single: NO_SINGLES, pairs: undefined };

/**
 * Scratch where a resolution's lists are gathered before they are copied out at their exact size:
 * what a first pass resolves stays for the list's life, and a list grown by push keeps room for 17.
 */
const gathered: WordRef[] = [];
let gatheredCount = 0;

function gather(ref: WordRef): void {
  if (gatheredCount < gathered.length) gathered[gatheredCount] = ref;
  else gathered.push(ref);
  gatheredCount++;
}

/** What was gathered from `from` on, as a list of its own (`all` itself when that is all of it). */
function gatheredSince(from: number, all: WordRef[]): WordRef[] {
  if (gatheredCount === from) return NONE;
  if (from === 0 && gatheredCount === all.length) return all;
  return gathered.slice(from, gatheredCount);
}

function resolution(refs: WordRef[]): Resolution {
  if (refs.length === 0) return UNKNOWN;
  gatheredCount = 0;
  for (const ref of refs) if (ref.index === 0 && ref.term.words.length === 1) gather(ref);
  const singles = gatheredSince(0, refs);
  const heads0 = gatheredCount;
  for (const ref of refs) if (ref.index === 0 && ref.term.words.length > 1) gather(ref);
  const heads = gatheredSince(heads0, refs);
  let single = singles.length === 0 ? NO_SINGLES : SEVERAL;
  if (singles.length === 1) {
    const caps = (singles[0] as WordRef).term.caps[0];
    if (caps === null || caps === undefined) single = (singles[0] as WordRef).term.id;
  }
  return { refs, singles, heads, single, pairs: undefined };
}

/** The heads whose phrase's second word is one of `refs` (no closure, at its exact size). */
function headsBefore(heads: WordRef[], refs: WordRef[]): WordRef[] {
  gatheredCount = 0;
  for (let h = 0; h < heads.length; h++) {
    const head = heads[h] as WordRef;
    if (refs.includes(head.term.refs[1] as WordRef)) gather(head);
  }
  return gatheredSince(0, heads);
}

/** The phrases that start with `first` and go on with `next` (their first two words only). */
function pairsOf(first: Resolution, next: Resolution): WordRef[] {
  let pairs = first.pairs;
  if (pairs === undefined) first.pairs = pairs = new Map();
  let found = pairs.get(next);
  if (found === undefined) {
    found = next.refs.length === 0 ? NONE : headsBefore(first.heads, next.refs);
    if (pairs.size >= PAIRS_LIMIT) pairs.clear();
    pairs.set(next, found);
  }
  return found;
}
const DASHES = '-‐‑‒–—';

/** What may separate the words of a phrase written with spaces: white space (as `\s`) and hyphens. */
function isSpaceGap(c: number): boolean {
  if (c === 32) return true;
  if (c < 128) return (c >= 9 && c <= 13) || c === 45;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff || DASHES.includes(String.fromCharCode(c))
  );
}

// Module functions rather than closures in scan: a closure would move the scan's locals out of registers.

/** Whether a short all-capital term's surface is that word in capitals: "PR", "PRs", "PR:en", "PR's". */
function capsOk(text: string, start: number, end: number, caps: string): boolean {
  const surface = text.slice(start, end);
  if (surface === caps || surface === `${caps}s`) return true;
  const colon = surface.indexOf(':');
  if (colon > 0) return surface.slice(0, colon) === caps;
  return surface.length === caps.length + 2 && surface.startsWith(caps) && /^['’ʼ]s$/u.test(surface.slice(caps.length));
}

/**
 * A word of 13 characters or more cut from a text is a view into the whole text (V8's sliced
 * string): kept as a table's key, it kept the whole lower-cased post alive. Such a word is copied.
 */
function ownCopy(word: string): string {
  return word.length < 13 ? word : word.split('').join('');
}

/** Whether text[from, to) is a non-empty run of white space and hyphens. */
function spaced(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let k = from; k < to; k++) if (!isSpaceGap(text.charCodeAt(k))) return false;
  return true;
}

/** What addRefs takes: every ref, only capital abbreviations, or inflected forms (see addRefs). */
const ALL = 0;
const CAPITALS = 1;
const INFLECTED = 2;
/** Marks one resolution apart from the others (WordRef.seen). */
let resolving = 0;

/**
 * `refs` gathered, each once in the order first met; with CAPITALS only those of capital
 * abbreviations, with INFLECTED only for items in the language (`langBit`) and never for capitals.
 */
function addRefs(refs: WordRef[] | undefined, mode: number, langBit: number): void {
  if (refs === undefined) return;
  for (let r = 0; r < refs.length; r++) {
    const ref = refs[r] as WordRef;
    if (mode === INFLECTED ? (ref.inflects & langBit) === 0 : mode === CAPITALS && ref.term.caps[ref.index] === null) continue;
    if (ref.seen === resolving) continue;
    ref.seen = resolving;
    gather(ref);
  }
}

/**
 * A matcher of the empty list, made with the first real one and kept for the life of the module.
 * V8 keeps the hidden classes of a class's instances only while some instance lives, and throws
 * away the optimised code built on them when the last one is collected: a list compiled after a
 * full collection had taken the previous list's matcher paid in its first pass for optimising the
 * scan, the prefix walk and the output again (traced: "marking dependent code … reason: weak
 * objects"). It does no work and holds a few kilobytes.
 */
let shapesKept: WatchMatcher | undefined;

/** A matcher keeps, per language, what each distinct word form resolves to; it is reused across texts. */
export class WatchMatcher {
  private readonly tables = new Map<string, WordTable<Resolution>>();
  /** Per scan: what each word of the text resolves to (reused so a scan allocates nothing per word). */
  // holding an object from the start: an empty literal is an array of small integers, whose first
  // store of an object deoptimised the scan once for every new list
  private found: Resolution[] = [UNKNOWN];
  /**
   * Per scan: indexes of the words that resolve to something (reused like `found`); made as long as
   * the text at the start of a scan, so that no store into it grows it (an array of numbers that
   * a new matcher stored into for the first time deoptimised the scan: V8 traced a wrong map).
   */
  private hits = NO_HITS;
  /** Per scan: what it found (reused like `found`; read before the next scan). */
  private readonly occurrences = new Occurrences();

  /** Every key's prefixes, so that a word no key opens is ruled out before it is hashed or stemmed. */
  private readonly keyPrefixes: KeyPrefixes;

  constructor(readonly list: CompiledWatchList) {
    this.keyPrefixes = new KeyPrefixes(list);
    if (shapesKept === undefined && list.terms.length > 0) shapesKept = new WatchMatcher(compileWatchList([]));
  }

  /**
   * Every occurrence of every term, exclude phrase and query atom, in text order of words, then
   * handles, tags and domains; valid until the next scan. `lower` is the text in lower case when
   * that keeps every offset (see lowerCaseAligned).
   */
  scan(text: string, tokens: Tokens, lang: string, lower: string | null = lowerCaseAligned(text)): Occurrences {
    const out = this.occurrences;
    out.clear();
    const { starts, ends } = tokens;
    const count = starts.length;
    const fold = this.list.options.foldYo === true;
    const key = isInflectedLang(lang) ? lang : '';
    let table = this.tables.get(key);
    if (table === undefined) this.tables.set(key, (table = new WordTable()));
    // words are looked up in the lower-cased text in place unless they need composing or folding
    const inPlace = lower !== null && !tokens.marks && !fold;
    const found = this.found;
    const keyPrefixes = this.keyPrefixes;
    const langAt = langIndex(key);
    let hits = this.hits;
    if (hits.length < count) this.hits = hits = new Int32Array(Math.max(count, 2 * hits.length));
    let hitCount = 0;
    for (let i = 0; i < count; i++) {
      const s = starts[i] as number;
      const e = ends[i] as number;
      let refs: Resolution | undefined;
      let word: string;
      let hash: number;
      if (inPlace) {
        // a word no key opens resolves to nothing: ruled out here without a lookup
        if (!keyPrefixes.admits(lower, s, e, langAt)) {
          found[i] = UNKNOWN;
          continue;
        }
        hash = hashRange(lower, s, e);
        refs = table.find(lower, s, e, hash);
        if (refs === undefined) word = lower.slice(s, e);
        else word = '';
      } else {
        word = lower === null ? text.slice(s, e).toLowerCase() : lower.slice(s, e);
        if (tokens.marks) word = word.normalize('NFC');
        if (fold) word = word.replace(/ё/g, 'е');
        if (!keyPrefixes.admits(word, 0, word.length, langAt)) {
          found[i] = UNKNOWN;
          continue;
        }
        hash = hashRange(word, 0, word.length);
        refs = table.find(word, 0, word.length, hash);
      }
      if (refs === undefined) {
        refs = resolution(this.resolve(word, key));
        table.add(ownCopy(word), hash, refs);
      }
      found[i] = refs;
      if (refs !== UNKNOWN) {
        hits[hitCount++] = i;
      }
    }
    for (let h = 0; h < hitCount; h++) {
      const i = hits[h] as number;
      const here = found[i] as Resolution;
      // read once: an access in a branch that never ran costs a deoptimisation the first time it does
      const start = starts[i] as number;
      const end = ends[i] as number;
      const single = here.single;
      if (single >= 0) out.add(single, start, end, i, i);
      else if (single === SEVERAL) {
        for (const ref of here.singles) {
          const caps = ref.term.caps[0];
          if (caps !== null && caps !== undefined && !capsOk(text, start, end, caps)) continue;
          out.add(ref.term.id, start, end, i, i);
        }
      }
      // NONE when empty: no need to read the list
      if (here.heads === NONE || i + 1 >= count) continue;
      // a phrase is looked at only when its first two words are here and next
      for (const ref of pairsOf(here, found[i + 1] as Resolution)) {
        const term = ref.term;
        const caps = term.caps[0];
        if (caps !== null && caps !== undefined && !capsOk(text, start, end, caps)) continue;
        const n = term.words.length;
        let ok = i + n <= count;
        for (let j = 1; ok && j < n; j++) {
          if (j > 1 && !(found[i + j] as Resolution).refs.includes(term.refs[j] as WordRef)) break;
          const capsJ = term.caps[j];
          if (capsJ !== null && capsJ !== undefined && !capsOk(text, starts[i + j] as number, ends[i + j] as number, capsJ)) ok = false;
          const from = ends[i + j - 1] as number;
          const to = starts[i + j] as number;
          const want = term.gaps[j];
          ok &&= want === null || want === undefined ? spaced(text, from, to) : text.slice(from, to) === want;
          if (ok && j === n - 1) out.add(term.id, start, ends[i + n - 1] as number, i, i + n - 1);
        }
      }
    }
    // a huge text's list is not kept for the next, ordinary ones
    if (found.length > 65_536) this.found = [UNKNOWN];
    if (hits.length > 65_536) this.hits = NO_HITS;
    for (const special of tokens.specials) {
      const body = (lower === null ? text.slice(special.start, special.end).toLowerCase() : lower.slice(special.start, special.end)).normalize('NFC');
      const refs = this.special(special.kind, body);
      let last = special.word;
      while (last + 1 < count && (starts[last + 1] as number) < special.end) last++;
      for (const ref of refs) out.add(ref.term.id, special.start, special.end, special.word, last);
    }
    return out;
  }

  private special(kind: 'handle' | 'tag' | 'domain', body: string): WordRef[] {
    const list = this.list;
    if (kind === 'handle') return list.handles.get(body.slice(1)) ?? NONE;
    if (kind === 'tag') return list.tags.get(body.slice(1)) ?? NONE;
    const out: WordRef[] = [];
    // a domain term matches the domain itself and every subdomain of it
    for (let suffix = body; ; ) {
      for (const ref of list.domains.get(suffix) ?? NONE) out.push(ref);
      const dot = suffix.indexOf('.');
      if (dot < 0) break;
      suffix = suffix.slice(dot + 1);
    }
    return out;
  }

  /** What a normalised word form can be an occurrence of, in the given language. */
  private resolve(word: string, lang: string): WordRef[] {
    gatheredCount = 0;
    this.gatherRefs(word, lang);
    return gatheredSince(0, NONE);
  }

  private gatherRefs(word: string, lang: string): void {
    const list = this.list;
    const base = wordBase(word);
    resolving++;
    const langBit = lang === 'en' ? 1 : lang === 'ru' ? 2 : lang === 'fi' ? 4 : lang === 'sv' ? 8 : 0;
    // what kinds of key may end at each length of the word (its base is a prefix of it): a table is
    // looked up only where one of its keys may end; a stemmer runs only when a stem of its language
    // may end somewhere (stems only take endings off: a key is a prefix of the word); a word too
    // long for the scratch: everything, at every length
    const reach = word.length < KINDS.length ? this.keyPrefixes.kindsAt(word, langIndex(lang), KINDS) : -1;
    if (endsExact(reach, word.length)) addRefs(list.exact.get(word), ALL, 0);
    if (base !== word && endsExact(reach, base.length)) addRefs(list.exact.get(base), ALL, 0);
    // "IBMs", "PRs": capital abbreviations with a plain -s, checked against the surface later
    if (word.endsWith('s') && endsExact(reach, word.length - 1)) addRefs(list.exact.get(word.slice(0, -1)), CAPITALS, 0);
    if (langBit === 0) return;
    const baseReach = reach < 0 ? -1 : Math.min(reach, base.length);
    let kinds = 0;
    if (baseReach < 0) kinds = -1;
    else for (let k = 1; k <= baseReach; k++) kinds |= KINDS[k] as number;
    if (lang === 'en') {
      if ((kinds & STEM_EN) !== 0) addRefs(list.stems.en.get(stemEnglish(base)), INFLECTED, langBit);
      return;
    }
    if (lang === 'ru') {
      if ((kinds & STEM_RU) !== 0) addRefs(list.stems.ru.get(stemRussian(base)), INFLECTED, langBit);
      return;
    }
    if (lang === 'sv' && (kinds & STEM_SV) !== 0) addRefs(list.stems.sv.get(stemSwedish(base)), INFLECTED, langBit);
    if (lang === 'fi' && (kinds & STEM_FI) !== 0) {
      const endings = finnishEndings();
      const n = base.length;
      for (let k = baseReach < 0 ? n : Math.min(n, baseReach); k >= Math.max(2, n - FINNISH_MAX_ENDING); k--) {
        if (baseReach >= 0 && ((KINDS[k] as number) & STEM_FI) === 0) continue;
        // the ending first: a small set, where the stems are a large map
        if (endings.has(base.slice(k))) addRefs(list.finnish.get(base.slice(0, k)), INFLECTED, langBit);
      }
    }
    const kind = lang === 'fi' ? COMPOUND_FI : COMPOUND_SV;
    if ((kinds & kind) === 0) return;
    const compounds = list.compounds[lang === 'fi' ? 'fi' : 'sv'];
    // the rest of a compound is a word of its own: at least three letters
    const longest = Math.min(base.length - 3, list.longestCompound, baseReach < 0 ? Infinity : baseReach);
    for (let k = 4; k <= longest; k++) {
      if (baseReach < 0 || ((KINDS[k] as number) & kind) !== 0) addRefs(compounds.get(base.slice(0, k)), INFLECTED, langBit);
    }
  }
}

/** Whether an exact key may end at `length` (kindsAt reached `reach` into KINDS; -1: not walked). */
function endsExact(reach: number, length: number): boolean {
  return reach < 0 || (length >= 1 && length <= reach && ((KINDS[length] as number) & EXACT) !== 0);
}

/** The text in lower case when that keeps every offset; null when some character changes length. */
export function lowerCaseAligned(text: string): string | null {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : null;
}
