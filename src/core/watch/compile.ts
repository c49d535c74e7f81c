// Compiles a playbook's watch list once into hash tables keyed by normalised word forms and stems,
// so matching a text costs one table lookup per word (memoised per distinct word) whatever the
// size of the list.
import type { WatchItem } from '../playbook';
import { parseQuery, queryAtoms, type QueryNode } from '../query/parse';
import { normaliseWord, wordBase, type NormaliseOptions } from '../text/normalise';
import { tokenise } from '../text/tokenise';
import { finnishEndings, finnishStems } from './finnish';
import { INFLECTED_LANGS, stemEnglish, stemRussian, stemSwedish, type InflectedLang } from './stem';

export type TermRole = 'term' | 'exclude' | 'atom';
export type TermKind = 'words' | 'handle' | 'tag' | 'domain';

export interface CompiledTerm {
  /** The term as written in the playbook (or the query atom). */
  text: string;
  item: number;
  role: TermRole;
  /** Index of the atom within the item's query, for role "atom". */
  atom: number;
  kind: TermKind;
  /** Normalised words (kind "words") or the handle/tag/domain without its sigil. */
  words: string[];
  /** Short all-capital words compared case-sensitively, by index ("PR", "IBM"). */
  caps: (string | null)[];
  /** What must separate word i-1 and word i in the text: null = spaces or hyphens, else that exact text. */
  gaps: (string | null)[];
  /** The lookup unit of each word, by index: the same object every table holds for it. */
  refs: WordRef[];
  /** Index of the term in the list's `terms`. */
  id: number;
}

/** A term's word at a position: the unit the lookup tables point to. */
export interface WordRef {
  term: CompiledTerm;
  index: number;
  /** Bits of INFLECTED_LANGS in which inflected forms and compounds count (none for a capital abbreviation). */
  inflects: number;
  /** The matcher's mark while it resolves a word form, so that a ref is added once without a search. */
  seen: number;
}

export interface CompiledItem {
  label: string;
  query: QueryNode | undefined;
  atoms: Extract<QueryNode, { type: 'atom' }>[];
  langs: Set<string>;
}

export interface CompiledWatchList {
  items: CompiledItem[];
  /** Indexes of the items that have a query. */
  queryItems: number[];
  terms: CompiledTerm[];
  options: NormaliseOptions;
  exact: Map<string, WordRef[]>;
  stems: Record<'en' | 'ru' | 'sv', Map<string, WordRef[]>>;
  finnish: Map<string, WordRef[]>;
  /** Single words of four letters or more that may open a Finnish or Swedish compound. */
  compounds: Record<'fi' | 'sv', Map<string, WordRef[]>>;
  handles: Map<string, WordRef[]>;
  tags: Map<string, WordRef[]>;
  domains: Map<string, WordRef[]>;
  /** Length of the longest key in `compounds`, so a long word is not cut at every position. */
  longestCompound: number;
}

const SHORT_CAPS = /^\p{Lu}[\p{Lu}\p{N}]{0,2}$/u;
const SPACE_GAP = /^[\s\-‐‑‒–—]+$/u;
const LETTERS = /\p{L}/gu;

function push<K>(map: Map<K, WordRef[]>, key: K, ref: WordRef): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [ref]);
  else if (!list.some((r) => r.term === ref.term && r.index === ref.index)) list.push(ref);
}

function letterCount(word: string): number {
  return word.match(LETTERS)?.length ?? 0;
}

/** Splits a term or atom text into its kind and normalised parts; null when it has no word. */
export function analyseTerm(
  text: string,
  options: NormaliseOptions,
): Pick<CompiledTerm, 'kind' | 'words' | 'caps' | 'gaps'> | null {
  // a flat copy: a term built by concatenation is a rope, and one rope passed to the tokeniser
  // makes V8 compile it for ropes, which slows it down for every post afterwards
  const trimmed = text.trim().split('').join('');
  const tokens = tokenise(trimmed);
  const whole = tokens.specials.find((s) => s.start === 0 && s.end === trimmed.length);
  if (whole) {
    const body = whole.kind === 'domain' ? trimmed : trimmed.slice(1);
    return { kind: whole.kind, words: [normaliseWord(body, options)], caps: [null], gaps: [null] };
  }
  if (tokens.starts.length === 0) return null;
  const words: string[] = [];
  const caps: (string | null)[] = [];
  const gaps: (string | null)[] = [];
  tokens.starts.forEach((start, i) => {
    const end = tokens.ends[i] as number;
    const surface = trimmed.slice(start, end);
    words.push(normaliseWord(surface, options));
    caps.push(SHORT_CAPS.test(surface) ? surface : null);
    const gap = i === 0 ? '' : trimmed.slice(tokens.ends[i - 1] as number, start);
    gaps.push(i === 0 || SPACE_GAP.test(gap) ? null : gap);
  });
  return { kind: 'words', words, caps, gaps };
}

export function compileWatchList(watch: readonly WatchItem[], options: NormaliseOptions = {}): CompiledWatchList {
  const list: CompiledWatchList = {
    items: [],
    queryItems: [],
    terms: [],
    options,
    exact: new Map(),
    stems: { en: new Map(), ru: new Map(), sv: new Map() },
    finnish: new Map(),
    compounds: { fi: new Map(), sv: new Map() },
    handles: new Map(),
    tags: new Map(),
    domains: new Map(),
    longestCompound: 0,
  };
  for (let index = 0; index < watch.length; index++) {
    const item = watch[index] as WatchItem;
    const langs = new Set<string>(item.langs ?? INFLECTED_LANGS);
    let query: QueryNode | undefined;
    if (item.query !== undefined && item.query.trim() !== '') {
      const parsed = parseQuery(item.query);
      if (!parsed.ok) throw new Error(`watch item "${item.label}": ${parsed.error.message} (at position ${parsed.error.position})`);
      query = parsed.query;
    }
    const atoms = query ? queryAtoms(query) : [];
    list.items.push({ label: item.label, query, atoms, langs });
    if (query) list.queryItems.push(index);
    for (const term of item.terms) addTerm(list, term, index, 'term', -1, langs);
    for (const phrase of item.exclude ?? []) addTerm(list, phrase, index, 'exclude', -1, langs);
    for (let a = 0; a < atoms.length; a++) addTerm(list, (atoms[a] as (typeof atoms)[number]).text, index, 'atom', a, langs);
  }
  return list;
}

// Module functions rather than closures made for each list: a closure's optimised code (and the
// code it was inlined into) is thrown away once the list is collected, and made again for the next.

function addTerm(list: CompiledWatchList, text: string, item: number, role: TermRole, atom: number, langs: Set<string>): void {
  const shape = analyseTerm(text, list.options);
  if (shape === null) return;
  // every field in one literal: a spread adds them one by one, through hidden classes that die
  // with the list (and the optimised code that relied on them with them, at the next full GC)
  const term: CompiledTerm = { text, item, role, atom, kind: shape.kind, words: shape.words, caps: shape.caps, gaps: shape.gaps, refs: [], id: list.terms.length };
  let langBits = 0;
  for (let l = 0; l < INFLECTED_LANGS.length; l++) if (langs.has(INFLECTED_LANGS[l] as string)) langBits |= 1 << l;
  for (let index = 0; index < term.words.length; index++) term.refs.push({ term, index, inflects: term.caps[index] === null ? langBits : 0, seen: 0 });
  list.terms.push(term);
  if (term.kind !== 'words') {
    const map = term.kind === 'handle' ? list.handles : term.kind === 'tag' ? list.tags : list.domains;
    push(map, term.words[0] as string, term.refs[0] as WordRef);
    return;
  }
  for (let index = 0; index < term.words.length; index++) {
    const word = term.words[index] as string;
    const ref = term.refs[index] as WordRef;
    push(list.exact, word, ref);
    if (term.caps[index] !== null) continue;
    const base = wordBase(word);
    for (const lang of INFLECTED_LANGS) {
      if (!langs.has(lang)) continue;
      addInflection(list, lang, base, ref);
    }
    if (term.words.length === 1 && letterCount(word) >= 4) {
      for (const lang of ['fi', 'sv'] as const) {
        if (!langs.has(lang)) continue;
        push(list.compounds[lang], word, ref);
        list.longestCompound = Math.max(list.longestCompound, word.length);
      }
    }
  }
}

function addInflection(list: CompiledWatchList, lang: InflectedLang, base: string, ref: WordRef): void {
  if (letterCount(base) < 2) return;
  if (lang === 'fi') {
    finnishEndings();
    for (const stem of finnishStems(base)) {
      push(list.finnish, stem, ref);
    }
    return;
  }
  const stem = lang === 'en' ? stemEnglish(base) : lang === 'ru' ? stemRussian(base) : stemSwedish(base);
  if (stem === '') return;
  push(list.stems[lang], stem, ref);
}
