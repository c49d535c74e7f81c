// Per-post language detection, small enough for the content script: the writing system first,
// then frequent words and a few endings and letters. The page's declared language is a prior
// that strong evidence in the text overrides.
import type { Tokens } from '../text/tokenise';
import { stopwordLangs } from './stopwords';

// Enough for a reliable guess; a post's first words cost the same whatever its length.
const SAMPLE_WORDS = 50;
const HINT_WEIGHT = 1.5;

// Three letters decide: the longer endings (-kaan, -kään) end in ones listed here.
const FINNISH_ENDINGS = new Set('ssa ssä sta stä lla llä lta ltä lle ksi isi nen mme tte ään aan kin'.split(' '));
const DOUBLE_VOWEL = /(?:aa|ää|ii|uu|yy|öö)/;
const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Cyrillic}/u, 'cyrillic'],
  [/\p{Script=Latin}/u, 'latin'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Devanagari}/u, 'hi'],
  [/\p{Script=Armenian}/u, 'hy'],
  [/\p{Script=Georgian}/u, 'ka'],
];

// The letters beyond ASCII that tell languages apart, as bits: a word's letters are looked up once.
const LETTER_GROUPS = ['іїєґ', 'ыэ', 'ў', 'ђћџљњј', 'å', 'æø', 'äö', 'õ', 'ßü', 'ñ¿¡', 'çàèùâêîôû', 'ąęłńśźż'] as const;
const [UK, RU, BE, SR, A_RING, AE_OSLASH, A_O_UMLAUT, O_TILDE, DE, ES, FR, PL] = LETTER_GROUPS.map((_, bit) => 1 << bit) as number[] as [
  number, number, number, number, number, number, number, number, number, number, number, number,
];
const LETTER_BITS = new Uint16Array(0x500);
LETTER_GROUPS.forEach((letters, bit) => {
  for (const letter of letters) {
    const code = letter.charCodeAt(0);
    LETTER_BITS[code] = (LETTER_BITS[code] ?? 0) | (1 << bit);
  }
});

function scriptOf(word: string): string {
  const first = word.codePointAt(0) ?? 0;
  if (first < 0x250) return 'latin';
  if (first >= 0x400 && first < 0x530) return 'cyrillic';
  for (const [re, name] of SCRIPTS) if (re.test(word)) return name;
  return 'other';
}

/** Primary language subtag of a BCP 47 tag, lower case; "" when absent. */
export function primaryLang(tag: string | undefined): string {
  const m = /^([a-zA-Z]{2,3})(?:[-_]|$)/.exec(tag?.trim() ?? '');
  const code = m?.[1]?.toLowerCase() ?? '';
  return code === 'nb' || code === 'nn' ? 'no' : code;
}

/** `lower` may be the text already in lower case with the same offsets, to save work. */
export function detectLanguage(text: string, tokens: Tokens, hint?: string, lower?: string): string {
  const hinted = primaryLang(hint);
  const count = Math.min(tokens.starts.length, SAMPLE_WORDS);
  if (count === 0) return hinted || 'und';
  const scripts = new Map<string, number>();
  const scores = new Map<string, number>();
  const score = (lang: string, by: number) => scores.set(lang, (scores.get(lang) ?? 0) + by);
  let letters = 0;
  // counted apart for speed; the map keeps the order in which scripts were first seen (ties go to the first)
  let latin = 0;
  let cyrillic = 0;
  for (let i = 0; i < count; i++) {
    const word = lower === undefined ? text.slice(tokens.starts[i], tokens.ends[i]).toLowerCase() : lower.slice(tokens.starts[i], tokens.ends[i]);
    const script = scriptOf(word);
    if (script === 'latin') {
      if (latin++ === 0) scripts.set(script, 0);
    } else if (script === 'cyrillic') {
      if (cyrillic++ === 0) scripts.set(script, 0);
    } else scripts.set(script, (scripts.get(script) ?? 0) + 1);
    for (const lang of stopwordLangs(word) ?? []) score(lang, 1);
    if (script === 'latin') {
      if (word.length > 4 && FINNISH_ENDINGS.has(word.slice(-3))) score('fi', 0.5);
      if ((word.includes('ä') || word.includes('ö')) && DOUBLE_VOWEL.test(word)) score('fi', 0.5);
    }
    // only letters beyond ASCII tell languages apart below
    for (let c = 0; c < word.length; c++) {
      const code = word.charCodeAt(c);
      if (code > 127 && code < 0x500) letters |= LETTER_BITS[code] as number;
    }
  }
  if (latin > 0) scripts.set('latin', latin);
  if (cyrillic > 0) scripts.set('cyrillic', cyrillic);
  let script = 'other';
  let best = 0;
  for (const [name, n] of scripts) if (n > best) [script, best] = [name, n];
  if (script !== 'latin' && script !== 'cyrillic') return script === 'other' ? hinted || 'und' : script;

  const has = (group: number) => (letters & group) !== 0;
  if (script === 'cyrillic') {
    if (has(UK)) score('uk', 3);
    if (has(RU)) score('ru', 2);
    if (has(BE)) score('be', 3);
    if (has(SR)) score('sr', 3);
  } else {
    const scoreAll = (weights: Record<string, number>) => {
      for (const [lang, by] of Object.entries(weights)) score(lang, by);
    };
    if (has(A_RING)) scoreAll({ sv: 1, no: 0.8, da: 0.8 });
    if (has(AE_OSLASH)) scoreAll({ no: 1.5, da: 1.5 });
    if (has(A_O_UMLAUT) && !has(A_RING)) scoreAll({ fi: 0.8, de: 0.3, et: 0.3 });
    if (has(O_TILDE)) score('et', 2);
    if (has(DE)) score('de', 1);
    if (has(ES)) score('es', 1.5);
    if (has(FR)) score('fr', 1);
    if (has(PL)) score('pl', 2);
  }
  const candidates = script === 'cyrillic' ? ['ru', 'uk', 'bg', 'be', 'sr'] : ['en', 'fi', 'sv', 'da', 'no', 'de', 'nl', 'fr', 'es', 'it', 'pt', 'et', 'pl'];
  if (hinted && candidates.includes(hinted)) score(hinted, HINT_WEIGHT);
  let lang = '';
  let top = 0;
  for (const c of candidates) {
    const s = scores.get(c) ?? 0;
    if (s > top) [lang, top] = [c, s];
  }
  if (lang !== '') return lang;
  // no evidence at all: the declared language, else the main language of the script
  return hinted || (script === 'cyrillic' ? 'ru' : 'en');
}
