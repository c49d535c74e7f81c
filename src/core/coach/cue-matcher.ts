// Matches cue phrases against the words of a text (linear in its length), case and ё folded.
// Phrase syntax: "*" = any letters (stems, compounds), a space = any run of whitespace,
// a leading "!" = only when the text is in that phrase's language (words that mean something
// else in another of the four languages, e.g. Swedish "dog" = died, Finnish "ale" = sale).
import { words, type CoachLang, type Span } from './text';

export type Lexicon = Record<CoachLang, readonly string[]>;

const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** A phrase as a word-bounded regex source (used for punctuation phrases and the organisation forms). */
export function phraseSource(phrase: string): string {
  const body = escape(phrase.trim())
    .replace(/[её]/g, '[её]')
    .replace(/[ЕЁ]/g, '[ЕЁ]')
    .replace(/\*/g, '[\\p{L}\\p{M}]*')
    .replace(/ +/g, '[\\s\\u00a0]+');
  const startsWithWordChar = /^[\p{L}\p{N}]/u.test(phrase.trim());
  const endsWithWordChar = /[\p{L}\p{N}]$/u.test(phrase.trim());
  return `${startsWithWordChar ? '(?<![\\p{L}\\p{M}\\p{N}])' : ''}(?:${body})${endsWithWordChar ? '(?![\\p{L}\\p{M}\\p{N}])' : ''}`;
}

interface Phrase {
  /** Tokens, each folded; a trailing "*" on a token means "starts with". */
  tokens: { text: string; prefix: boolean }[];
}

interface TokenIndex {
  exact: Map<string, Phrase[]>;
  /** Phrases whose first token is a stem, by the stem's first three letters. */
  stems: Map<string, Phrase[]>;
  /** Phrases with punctuation inside (e.g. "#ad", "disclosure:"), matched by one small regex. */
  literal: RegExp | null;
}

export interface CompiledCues {
  everywhere: TokenIndex;
  own: Record<CoachLang, TokenIndex>;
}

const fold = (s: string) => s.toLowerCase().replace(/ё/g, 'е').replace(/’/g, "'");

function indexPhrases(phrases: string[]): TokenIndex {
  const index: TokenIndex = { exact: new Map(), stems: new Map(), literal: null };
  const literals: string[] = [];
  for (const raw of phrases) {
    const phrase = raw.trim();
    if (/[^\p{L}\p{M}\p{N}'’\- *]/u.test(phrase)) {
      literals.push(phrase);
      continue;
    }
    const tokens = phrase.split(/ +/).map((t) => ({ text: fold(t.replace(/\*$/, '')), prefix: t.endsWith('*') }));
    const first = tokens[0]!;
    const entry: Phrase = { tokens };
    const map = first.prefix ? index.stems : index.exact;
    const key = first.prefix ? first.text.slice(0, 3) : first.text;
    map.set(key, [...(map.get(key) ?? []), entry]);
  }
  if (literals.length > 0) index.literal = new RegExp(literals.map(phraseSource).join('|'), 'giu');
  return index;
}

export function compileLexicon(lexicon: Lexicon): CompiledCues {
  const shared: string[] = [];
  const own = {} as Record<CoachLang, TokenIndex>;
  for (const lang of Object.keys(lexicon) as CoachLang[]) {
    const only: string[] = [];
    for (const phrase of lexicon[lang]) {
      if (phrase.startsWith('!')) only.push(phrase.slice(1));
      else shared.push(phrase);
    }
    own[lang] = indexPhrases(only);
  }
  return { everywhere: indexPhrases(shared), own };
}

const tokenMatches = (token: string, want: { text: string; prefix: boolean }) => (want.prefix ? token.startsWith(want.text) : token === want.text);

function matchIndex(text: string, tokens: readonly Span[], folded: readonly string[], index: TokenIndex, out: Span[]): void {
  for (let i = 0; i < tokens.length; i += 1) {
    const word = folded[i]!;
    const candidates = [...(index.exact.get(word) ?? []), ...(index.stems.get(word.slice(0, 3)) ?? [])];
    let best: Span | undefined;
    for (const phrase of candidates) {
      if (i + phrase.tokens.length > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < phrase.tokens.length && ok; k += 1) {
        if (!tokenMatches(folded[i + k]!, phrase.tokens[k]!)) ok = false;
        // Words of a phrase must be separated by white space only.
        else if (k > 0 && !/^[\s\u00a0]+$/u.test(text.slice(tokens[i + k - 1]!.end, tokens[i + k]!.start))) ok = false;
      }
      if (!ok) continue;
      const last = tokens[i + phrase.tokens.length - 1]!;
      if (!best || last.end > best.end) best = { text: text.slice(tokens[i]!.start, last.end), start: tokens[i]!.start, end: last.end };
    }
    if (best) out.push(best);
  }
  if (index.literal) out.push(...execAll(text, index.literal));
}

const tokenCache = { text: '', tokens: [] as Span[], folded: [] as string[] };

export function findCues(text: string, cues: CompiledCues, lang: CoachLang): Span[] {
  if (tokenCache.text !== text) {
    tokenCache.text = text;
    tokenCache.tokens = words(text);
    tokenCache.folded = tokenCache.tokens.map((t) => fold(t.text));
  }
  const out: Span[] = [];
  matchIndex(text, tokenCache.tokens, tokenCache.folded, cues.everywhere, out);
  matchIndex(text, tokenCache.tokens, tokenCache.folded, cues.own[lang], out);
  return out.sort((a, b) => a.start - b.start);
}

/** Regex for a name given at run time (organisation, product), allowing inflected endings (Acmen, Acmes). */
const nameRegexCache = new Map<string, RegExp | null>();

export function nameRegex(names: readonly string[]): RegExp | null {
  const key = names.join('\u0000');
  if (!nameRegexCache.has(key)) {
    if (nameRegexCache.size > 100) nameRegexCache.clear();
    nameRegexCache.set(key, buildNameRegex(names));
  }
  return nameRegexCache.get(key) ?? null;
}

function buildNameRegex(names: readonly string[]): RegExp | null {
  const clean = names.map((n) => n.trim()).filter((n) => n.length >= 2);
  if (clean.length === 0) return null;
  const parts = clean
    .sort((a, b) => b.length - a.length)
    .map((n) => `${/^[\p{L}\p{N}]/u.test(n) ? '(?<![\\p{L}\\p{M}\\p{N}])' : ''}${escape(n)}`);
  return new RegExp(`(?:${parts.join('|')})(?:[:'’-]?[\\p{L}]{0,4})(?![\\p{L}\\p{M}\\p{N}])`, 'giu');
}

export function findAll(text: string, re: RegExp | null): Span[] {
  return re ? execAll(text, re) : [];
}

/**
 * Every match of a global regex. Reuses the regex object instead of String#matchAll, which clones it
 * and, for these large Unicode case-insensitive patterns, pays the compilation again on every call.
 */
export function execAll(text: string, re: RegExp): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex += 1;
  }
  re.lastIndex = 0;
  return out;
}
