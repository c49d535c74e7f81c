// Finds where a compiled watch list occurs in one tokenised text.
import { wordBase } from '../text/normalise';
import type { Tokens } from '../text/tokenise';
import type { CompiledTerm, CompiledWatchList, WordRef } from './compile';
import { FINNISH_MAX_ENDING, finnishEndings } from './finnish';
import { isInflectedLang, stemEnglish, stemRussian, stemSwedish } from './stem';

/** One occurrence of a compiled term: UTF-16 offsets and the range of word indexes it covers. */
export interface Occurrence {
  term: CompiledTerm;
  start: number;
  end: number;
  first: number;
  last: number;
}

const NONE: WordRef[] = [];
const CACHE_LIMIT = 100_000;
const SPACE_GAP = /^[\s\-‐‑‒–—]+$/u;

/** A matcher keeps, per language, what each distinct word form resolves to; it is reused across texts. */
export class WatchMatcher {
  private readonly caches = new Map<string, Map<string, WordRef[]>>();

  constructor(readonly list: CompiledWatchList) {}

  /** Every occurrence of every term, exclude phrase and query atom, grouped by nothing, in text order of words. */
  /** `lower` is the text in lower case when that keeps every offset (see lowerCaseAligned). */
  scan(text: string, tokens: Tokens, lang: string, lower: string | null = lowerCaseAligned(text)): Occurrence[] {
    const out: Occurrence[] = [];
    const { starts, ends } = tokens;
    const count = starts.length;
    const needsNfc = tokens.marks;
    const fold = this.list.options.foldYo === true;
    const key = isInflectedLang(lang) ? lang : '';
    let cache = this.caches.get(key);
    if (cache === undefined) this.caches.set(key, (cache = new Map()));
    const refsAt = (i: number): WordRef[] => {
      const s = starts[i] as number;
      const e = ends[i] as number;
      let word = lower === null ? text.slice(s, e).toLowerCase() : lower.slice(s, e);
      if (needsNfc) word = word.normalize('NFC');
      if (fold) word = word.replace(/ё/g, 'е');
      let refs = (cache as Map<string, WordRef[]>).get(word);
      if (refs === undefined) {
        refs = this.resolve(word, key);
        if ((cache as Map<string, WordRef[]>).size >= CACHE_LIMIT) (cache as Map<string, WordRef[]>).clear();
        (cache as Map<string, WordRef[]>).set(word, refs);
      }
      return refs;
    };
    const capsOk = (i: number, caps: string): boolean => {
      const surface = text.slice(starts[i], ends[i]);
      if (surface === caps || surface === `${caps}s`) return true;
      const colon = surface.indexOf(':');
      if (colon > 0) return surface.slice(0, colon) === caps;
      return surface.length === caps.length + 2 && surface.startsWith(caps) && /^['’ʼ]s$/u.test(surface.slice(caps.length));
    };
    const has = (i: number, term: CompiledTerm, index: number): boolean => {
      if (refsAt(i).every((r) => r.term !== term || r.index !== index)) return false;
      const caps = term.caps[index];
      return caps === null || caps === undefined || capsOk(i, caps);
    };

    for (let i = 0; i < count; i++) {
      const refs = refsAt(i);
      if (refs.length === 0) continue;
      for (const ref of refs) {
        if (ref.index !== 0) continue;
        const term = ref.term;
        const caps = term.caps[0];
        if (caps !== null && caps !== undefined && !capsOk(i, caps)) continue;
        const n = term.words.length;
        let ok = i + n <= count;
        for (let j = 1; ok && j < n; j++) {
          const gap = text.slice(ends[i + j - 1], starts[i + j]);
          const want = term.gaps[j];
          ok = (want === null || want === undefined ? SPACE_GAP.test(gap) : gap === want) && has(i + j, term, j);
        }
        if (ok) out.push({ term, start: starts[i] as number, end: ends[i + n - 1] as number, first: i, last: i + n - 1 });
      }
    }
    for (const special of tokens.specials) {
      const body = (lower === null ? text.slice(special.start, special.end).toLowerCase() : lower.slice(special.start, special.end)).normalize('NFC');
      const refs = this.special(special.kind, body);
      let last = special.word;
      while (last + 1 < count && (starts[last + 1] as number) < special.end) last++;
      for (const ref of refs) out.push({ term: ref.term, start: special.start, end: special.end, first: special.word, last });
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
    const list = this.list;
    const base = wordBase(word);
    const p = list.prefixes;
    if (!p.has(base.slice(0, 3)) && !p.has(base.slice(0, 2)) && !p.has(base.slice(0, 1))) return NONE;
    let out: WordRef[] | undefined;
    const add = (refs: WordRef[] | undefined, inflected: boolean) => {
      if (refs === undefined) return;
      for (const ref of refs) {
        if (inflected && !list.items[ref.term.item]?.langs.has(lang)) continue;
        if (inflected && ref.term.caps[ref.index] !== null) continue;
        out ??= [];
        if (!out.includes(ref)) out.push(ref);
      }
    };
    add(list.exact.get(word), false);
    if (base !== word) add(list.exact.get(base), false);
    if (word.endsWith('s')) {
      // "IBMs", "PRs": capital abbreviations with a plain -s, checked against the surface later
      const caps = list.exact.get(word.slice(0, -1))?.filter((r) => r.term.caps[r.index] !== null);
      if (caps?.length) add(caps, false);
    }
    if (lang === 'en') add(list.stems.en.get(stemEnglish(base)), true);
    else if (lang === 'ru') add(list.stems.ru.get(stemRussian(base)), true);
    else if (lang === 'sv') add(list.stems.sv.get(stemSwedish(base)), true);
    else if (lang === 'fi') {
      const endings = finnishEndings();
      const n = base.length;
      for (let k = n; k >= Math.max(2, n - FINNISH_MAX_ENDING); k--) {
        const stemRefs = list.finnish.get(base.slice(0, k));
        if (stemRefs !== undefined && endings.has(base.slice(k))) add(stemRefs, true);
      }
    }
    if (lang === 'fi' || lang === 'sv') {
      const compounds = list.compounds[lang];
      // the rest of a compound is a word of its own: at least three letters
      const longest = Math.min(base.length - 3, list.longestCompound);
      for (let k = 4; k <= longest; k++) add(compounds.get(base.slice(0, k)), true);
    }
    return out ?? NONE;
  }
}

/** The text in lower case when that keeps every offset; null when some character changes length. */
export function lowerCaseAligned(text: string): string | null {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : null;
}
