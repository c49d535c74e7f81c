// Stemmers for the languages with inflection-aware matching. English only drops plural and
// possessive endings (a full Porter stemmer would make "notional" match "notion"); Russian and
// Swedish use Snowball; Finnish is handled by generated stems (finnish.ts) because Snowball
// misses consonant gradation and -nen/-us stems ("media" → "med" but "mediassa" → "media").
import { stemmer as russianSnowball } from '@orama/stemmers/russian';
import { stemmer as swedishSnowball } from '@orama/stemmers/swedish';

export const INFLECTED_LANGS = ['en', 'ru', 'fi', 'sv'] as const;
export type InflectedLang = (typeof INFLECTED_LANGS)[number];

export function isInflectedLang(lang: string): lang is InflectedLang {
  return (INFLECTED_LANGS as readonly string[]).includes(lang);
}

export function stemEnglish(word: string): string {
  let w = word;
  const n = w.length;
  if (n > 2 && (w.endsWith("'s") || w.endsWith('’s') || w.endsWith('ʼs'))) w = w.slice(0, n - 2);
  else if (n > 2 && (w.endsWith("'") || w.endsWith('’'))) w = w.slice(0, n - 1);
  const m = w.length;
  if (m > 4 && w.endsWith('ies')) return `${w.slice(0, m - 3)}y`;
  if (m > 4 && /(?:ss|x|z|ch|sh)es$/.test(w)) return w.slice(0, m - 2);
  if (m > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, m - 1);
  return w;
}

/** Snowball Russian folds ё into е; the stem is taken back from the original so ё survives. */
export function stemRussian(word: string): string {
  const stem = russianSnowball(word);
  if (!word.includes('ё')) return stem;
  const folded = word.replace(/ё/g, 'е');
  return folded.startsWith(stem) ? word.slice(0, stem.length) : stem;
}

export function stemSwedish(word: string): string {
  return swedishSnowball(word);
}
