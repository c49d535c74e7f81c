// Compiles cue phrases into word-bounded, case-insensitive regexes and finds them in text.
// Phrase syntax: "*" = any letters (stems, compounds), a space = any run of whitespace,
// a leading "!" = only when the text is in that phrase's language (words that mean something
// else in another of the four languages, e.g. Swedish "dog" = died, Finnish "ale" = sale).
import type { CoachLang, Span } from './text';

export type Lexicon = Record<CoachLang, readonly string[]>;

export interface CompiledCues {
  everywhere: RegExp | null;
  own: Record<CoachLang, RegExp | null>;
}

const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

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

function build(phrases: string[]): RegExp | null {
  if (phrases.length === 0) return null;
  // Longer phrases first so the reported span covers the whole phrase.
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map(phraseSource).join('|'), 'giu');
}

export function compileLexicon(lexicon: Lexicon): CompiledCues {
  const shared: string[] = [];
  const own = {} as Record<CoachLang, RegExp | null>;
  for (const lang of Object.keys(lexicon) as CoachLang[]) {
    const only: string[] = [];
    for (const phrase of lexicon[lang]) {
      if (phrase.startsWith('!')) only.push(phrase.slice(1));
      else shared.push(phrase);
    }
    own[lang] = build(only);
  }
  return { everywhere: build(shared), own };
}

export function findCues(text: string, cues: CompiledCues, lang: CoachLang): Span[] {
  const out: Span[] = [];
  for (const re of [cues.everywhere, cues.own[lang]]) {
    if (!re) continue;
    for (const m of text.matchAll(re)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Regex for a name given at run time (organisation, product), allowing inflected endings (Acmen, Acmes). */
export function nameRegex(names: readonly string[]): RegExp | null {
  const clean = names.map((n) => n.trim()).filter((n) => n.length >= 2);
  if (clean.length === 0) return null;
  const parts = clean
    .sort((a, b) => b.length - a.length)
    .map((n) => `${/^[\p{L}\p{N}]/u.test(n) ? '(?<![\\p{L}\\p{M}\\p{N}])' : ''}${escape(n)}`);
  return new RegExp(`(?:${parts.join('|')})(?:[:'’-]?[\\p{L}]{0,4})(?![\\p{L}\\p{M}\\p{N}])`, 'giu');
}

export function findAll(text: string, re: RegExp | null): Span[] {
  if (!re) return [];
  return [...text.matchAll(re)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}
