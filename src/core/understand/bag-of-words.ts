// The words of a post as the intent model sees them: Snowball stems of its words, stem pairs
// within a sentence, and a few marks ("?", "!", handles, numbers, names, emoji), each feature
// once per post, with the span of its first occurrence so the model's cues can point into the text.
// Names (a capitalised word inside a sentence: Acme, Globex, Стрелка) are one feature, so the
// model learns how people talk about a product rather than which products its examples named.
import { stemmerFor } from './lexicons';
import { tokenize, type Token } from './tokens';

export interface Feature {
  key: string;
  start: number;
  end: number;
}

const NUMBER = /^\p{N}/u;
const TITLE_CASE = /^\p{Lu}.*\p{Ll}/u;
export const NAME = 'Name';

function unitOf(text: string, t: Token, stem: (w: string) => string): string | undefined {
  if (t.kind === 'emoji') return t.norm;
  if (t.kind === 'punct') return t.norm.includes('?') ? '?' : t.norm.includes('!') ? '!' : undefined;
  if (t.norm.startsWith('@')) return '@';
  if (NUMBER.test(t.bare)) return '0';
  if (t.wordInSentence > 0 && TITLE_CASE.test(text.slice(t.start, t.end))) return NAME;
  return stem(t.bare);
}

/** Features of `text` in the cue language of `lang`, in text order, without repeats. */
export function bagOfWords(text: string, lang: string): Feature[] {
  const stem = stemmerFor(lang, text);
  const seen = new Map<string, Feature>();
  const add = (key: string, start: number, end: number): void => {
    if (!seen.has(key)) seen.set(key, { key, start, end });
  };
  let previous: { unit: string; token: Token } | undefined;
  for (const t of tokenize(text)) {
    const unit = unitOf(text, t, stem);
    if (unit === undefined) continue;
    add(unit, t.start, t.end);
    if (t.kind === 'word') {
      if (previous && previous.token.sentence === t.sentence) add(`${previous.unit} ${unit}`, previous.token.start, t.end);
      previous = { unit, token: t };
    }
  }
  return [...seen.values()];
}
