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
  let sample = '';
  for (let i = 0; i < count; i++) {
    const word = lower === undefined ? text.slice(tokens.starts[i], tokens.ends[i]).toLowerCase() : lower.slice(tokens.starts[i], tokens.ends[i]);
    const script = scriptOf(word);
    scripts.set(script, (scripts.get(script) ?? 0) + 1);
    for (const lang of stopwordLangs(word) ?? []) score(lang, 1);
    if (script === 'latin') {
      if (word.length > 4 && FINNISH_ENDINGS.has(word.slice(-3))) score('fi', 0.5);
      if ((word.includes('ä') || word.includes('ö')) && DOUBLE_VOWEL.test(word)) score('fi', 0.5);
    }
    // only letters beyond ASCII tell languages apart below
    for (let c = 0; c < word.length; c++) if (word.charCodeAt(c) > 127) sample += word[c];
  }
  let script = 'other';
  let best = 0;
  for (const [name, n] of scripts) if (n > best) [script, best] = [name, n];
  if (script !== 'latin' && script !== 'cyrillic') return script === 'other' ? hinted || 'und' : script;

  const letters = sample;
  if (script === 'cyrillic') {
    if (/[іїєґ]/.test(letters)) score('uk', 3);
    if (/[ыэ]/.test(letters)) score('ru', 2);
    if (/ў/.test(letters)) score('be', 3);
    if (/[ђћџљњј]/.test(letters)) score('sr', 3);
  } else {
    const scoreAll = (weights: Record<string, number>) => {
      for (const [lang, by] of Object.entries(weights)) score(lang, by);
    };
    if (/å/.test(letters)) scoreAll({ sv: 1, no: 0.8, da: 0.8 });
    if (/[æø]/.test(letters)) scoreAll({ no: 1.5, da: 1.5 });
    if (/[äö]/.test(letters) && !/å/.test(letters)) scoreAll({ fi: 0.8, de: 0.3, et: 0.3 });
    if (/[õ]/.test(letters)) score('et', 2);
    if (/[ßü]/.test(letters)) score('de', 1);
    if (/[ñ¿¡]/.test(letters)) score('es', 1.5);
    if (/[çàèùâêîôû]/.test(letters)) score('fr', 1);
    if (/[ąęłńśźż]/.test(letters)) score('pl', 2);
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
