// Per-post language detection, small enough for the content script: the writing system first,
// then frequent words and a few endings and letters. The page's declared language is a prior
// that strong evidence in the text overrides.
import type { Tokens } from '../text/tokenise';
import { hashRange, WordTable } from '../watch/word-table';
import { STOPWORDS } from './stopwords';

// Enough for a reliable guess; a post's first words cost the same whatever its length.
const SAMPLE_WORDS = 50;
const HINT_WEIGHT = 1.5;

// Three letters decide: the longer endings (-kaan, -kään) end in ones listed here.
const FINNISH_ENDINGS = new Set('ssa ssä sta stä lla llä lta ltä lle ksi isi nen mme tte ään aan kin'.split(' ').map((e) => lastThree(e, 3)));
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


// Languages by index, so that scores are an array rather than a map.
const LANGS = ['en', 'fi', 'sv', 'da', 'no', 'de', 'nl', 'fr', 'es', 'it', 'pt', 'et', 'pl', 'ru', 'uk', 'bg', 'be', 'sr'] as const;
const LANG = Object.fromEntries(LANGS.map((lang, i) => [lang, i])) as Record<(typeof LANGS)[number], number>;
const FI = LANG.fi;
const LATIN_CANDIDATES = ['en', 'fi', 'sv', 'da', 'no', 'de', 'nl', 'fr', 'es', 'it', 'pt', 'et', 'pl'].map((l) => (LANGS as readonly string[]).indexOf(l));
const CYRILLIC_CANDIDATES = ['ru', 'uk', 'bg', 'be', 'sr'].map((l) => (LANGS as readonly string[]).indexOf(l));
/** Scratch scores, one per language of LANGS (detection never runs twice at once). */
const SCORES = new Float64Array(LANGS.length);

function bump(lang: number, by: number): void {
  SCORES[lang] = (SCORES[lang] as number) + by;
}
const LATIN = 1;
const CYRILLIC = 2;
const OTHER_SCRIPT = 3;
// a, ä, i, u, y, ö: a pair of one of them is a Finnish double vowel
const DOUBLE_VOWELS = [0x61, 0xe4, 0x69, 0x75, 0x79, 0xf6];

let stopwords: WordTable<number[]> | undefined;
let stopwordLongest = 0;

/** Stop words with the languages (indexes of LANGS) in which each is one, looked up in place. */
function stopwordTable(): WordTable<number[]> {
  if (stopwords) return stopwords;
  const table = new WordTable<number[]>();
  const byWord = new Map<string, number[]>();
  for (const [lang, words] of Object.entries(STOPWORDS)) {
    const at = (LANGS as readonly string[]).indexOf(lang);
    for (const w of words.split(' ')) {
      const list = byWord.get(w);
      if (list) list.push(at);
      else byWord.set(w, [at]);
      stopwordLongest = Math.max(stopwordLongest, w.length);
    }
  }
  for (const [w, langs] of byWord) table.add(w, hashRange(w, 0, w.length), langs);
  stopwords = table;
  return table;
}

/** The last three characters of a word ending at `end` as one number (0 when one is beyond Latin-1). */
function lastThree(w: string, end: number): number {
  const a = w.charCodeAt(end - 3);
  const b = w.charCodeAt(end - 2);
  const c = w.charCodeAt(end - 1);
  return a > 0xff || b > 0xff || c > 0xff ? 0 : (a << 16) | (b << 8) | c;
}

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
  const table = stopwordTable();
  const scores = SCORES.fill(0);
  let letters = 0;
  // words per script, and the order in which scripts were first seen (ties go to the first)
  let latin = 0;
  let cyrillic = 0;
  let seen = 0;
  let latinSeen = 0;
  let cyrillicSeen = 0;
  let others: Map<string, { n: number; seen: number }> | undefined;
  for (let i = 0; i < count; i++) {
    // the word is read in place in the lower-cased text; only a text whose lower case changes length pays for a substring
    let w: string;
    let s: number;
    let e: number;
    if (lower === undefined) {
      w = text.slice(tokens.starts[i], tokens.ends[i]).toLowerCase();
      s = 0;
      e = w.length;
    } else {
      w = lower;
      s = tokens.starts[i] as number;
      e = tokens.ends[i] as number;
    }
    const first = w.codePointAt(s) ?? 0;
    let script: number;
    if (first < 0x250) script = LATIN;
    else if (first >= 0x400 && first < 0x530) script = CYRILLIC;
    else {
      // the rare word that opens with another letter: its script is the first one any of its letters has
      const name = scriptOf(w.slice(s, e));
      script = name === 'latin' ? LATIN : name === 'cyrillic' ? CYRILLIC : OTHER_SCRIPT;
      if (script === OTHER_SCRIPT) {
        others ??= new Map();
        const entry = others.get(name);
        if (entry === undefined) others.set(name, { n: 1, seen: seen++ });
        else entry.n++;
      }
    }
    if (script === LATIN) {
      if (latin++ === 0) latinSeen = seen++;
    } else if (script === CYRILLIC) {
      if (cyrillic++ === 0) cyrillicSeen = seen++;
    }
    // most words of a text are longer than any stop word: no need to hash them
    if (e - s <= stopwordLongest) {
      const langs = table.find(w, s, e, hashRange(w, s, e));
      if (langs !== undefined) for (const lang of langs) bump(lang, 1);
    }
    // one pass over the letters: those beyond ASCII that tell languages apart, and Finnish ä/ö with a double vowel
    let umlaut = false;
    let double = false;
    let previous = 0;
    for (let c = s; c < e; c++) {
      const code = w.charCodeAt(c);
      if (code > 127 && code < 0x500) {
        letters |= LETTER_BITS[code] as number;
        if (code === 0xe4 || code === 0xf6) umlaut = true;
      }
      if (code === previous && DOUBLE_VOWELS.includes(code)) double = true;
      previous = code;
    }
    if (script === LATIN) {
      if (e - s > 4 && FINNISH_ENDINGS.has(lastThree(w, e))) bump(FI, 0.5);
      if (umlaut && double) bump(FI, 0.5);
    }
  }
  // the script most words are in; a tie goes to the script seen first
  let script = 'other';
  let best = 0;
  let bestSeen = 0;
  if (latin > 0) [script, best, bestSeen] = ['latin', latin, latinSeen];
  if (cyrillic > best || (cyrillic > 0 && cyrillic === best && cyrillicSeen < bestSeen)) [script, best, bestSeen] = ['cyrillic', cyrillic, cyrillicSeen];
  if (others !== undefined) {
    for (const [name, { n, seen: at }] of others) if (n > best || (n === best && at < bestSeen)) [script, best, bestSeen] = [name, n, at];
  }
  if (script !== 'latin' && script !== 'cyrillic') return script === 'other' ? hinted || 'und' : script;

  // no closures here: each would be a new function object for every text
  if (script === 'cyrillic') {
    if ((letters & UK) !== 0) bump(LANG.uk, 3);
    if ((letters & RU) !== 0) bump(LANG.ru, 2);
    if ((letters & BE) !== 0) bump(LANG.be, 3);
    if ((letters & SR) !== 0) bump(LANG.sr, 3);
  } else {
    if ((letters & A_RING) !== 0) {
      bump(LANG.sv, 1);
      bump(LANG.no, 0.8);
      bump(LANG.da, 0.8);
    }
    if ((letters & AE_OSLASH) !== 0) {
      bump(LANG.no, 1.5);
      bump(LANG.da, 1.5);
    }
    if ((letters & A_O_UMLAUT) !== 0 && (letters & A_RING) === 0) {
      bump(FI, 0.8);
      bump(LANG.de, 0.3);
      bump(LANG.et, 0.3);
    }
    if ((letters & O_TILDE) !== 0) bump(LANG.et, 2);
    if ((letters & DE) !== 0) bump(LANG.de, 1);
    if ((letters & ES) !== 0) bump(LANG.es, 1.5);
    if ((letters & FR) !== 0) bump(LANG.fr, 1);
    if ((letters & PL) !== 0) bump(LANG.pl, 2);
  }
  const candidates = script === 'cyrillic' ? CYRILLIC_CANDIDATES : LATIN_CANDIDATES;
  const hintedAt = (LANGS as readonly string[]).indexOf(hinted);
  if (hintedAt >= 0 && candidates.includes(hintedAt)) bump(hintedAt, HINT_WEIGHT);
  let lang = -1;
  let top = 0;
  for (const c of candidates) {
    const s = scores[c] as number;
    if (s > top) [lang, top] = [c, s];
  }
  if (lang >= 0) return LANGS[lang] as string;
  // no evidence at all: the declared language, else the main language of the script
  return hinted || (script === 'cyrillic' ? 'ru' : 'en');
}
