// Normal form used to compare words: NFC and lower case. Letters such as ä, ö, å, й, ё are never
// folded here; ё→е folding exists only as the explicit `foldYo` option.

export interface NormaliseOptions {
  /** Treat Russian ё as е (off by default: "всё" and "все" stay different words). */
  foldYo?: boolean;
}

/** Characters whose presence means a text may not be in NFC (combining marks, Hangul jamo). */
export const MAY_NEED_NFC = /[\p{M}\u1100-\u11ff]/u;

export function normaliseWord(word: string, options?: NormaliseOptions): string {
  let out = word.toLowerCase();
  if (MAY_NEED_NFC.test(out)) out = out.normalize('NFC');
  if (options?.foldYo) out = out.replace(/ё/g, 'е');
  return out;
}

const APOSTROPHES = "'’ʼ";

/**
 * The part of a normalised word that carries its meaning: "acme's" → "acme", "pr:en" → "pr".
 * Abbreviation endings after a colon (Swedish, Finnish) and the English possessive are dropped.
 */
export function wordBase(word: string): string {
  const colon = word.indexOf(':');
  if (colon > 0) return word.slice(0, colon);
  const n = word.length;
  if (n > 2 && word[n - 1] === 's' && APOSTROPHES.includes(word[n - 2] ?? '')) return word.slice(0, n - 2);
  return word;
}

export function isApostrophe(char: string | undefined): boolean {
  return char !== undefined && char !== '' && APOSTROPHES.includes(char);
}
