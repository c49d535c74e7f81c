// One compiled lexicon per language, built on first use. Languages other than en, ru, fi and sv
// get the emoji cues plus the lexicon of their nearest relative (Ukrainian, Belarusian, Bulgarian,
// Kazakh or any Cyrillic text → Russian; Norwegian and Danish → Swedish; Estonian → Finnish;
// anything else → English), since short
// posts are often detected as a neighbouring language.
import { stemmer as englishSnowball } from '@orama/stemmers/english';
import { stemmer as finnishSnowball } from '@orama/stemmers/finnish';
import { stemmer as russianSnowball } from '@orama/stemmers/russian';
import { stemmer as swedishSnowball } from '@orama/stemmers/swedish';
import { compileStemmed, type Lexicon, type LexiconSource, type Stemmer } from './lexicon';
import { EN } from './lexicon-en';
import { FI } from './lexicon-fi';
import { NEUTRAL } from './lexicon-neutral';
import { RU } from './lexicon-ru';
import { SV } from './lexicon-sv';

const SOURCES: Record<string, LexiconSource> = { en: EN, ru: RU, fi: FI, sv: SV };
// ~cues are compared by Snowball stem: tokens arrive lower-cased with ё read as е, as the
// Russian stemmer expects; a stem that differs slightly from a linguist's is harmless here because
// cue and token go through the same stemmer.
const STEMMERS: Record<string, Stemmer> = { en: englishSnowball, ru: russianSnowball, fi: finnishSnowball, sv: swedishSnowball };
const STEM_CACHE_SIZE = 20_000;

/** Posts repeat their words: each distinct word is stemmed once (the cache is dropped when full). */
function remembering(stem: Stemmer): Stemmer {
  let seen = new Map<string, string>();
  return (word) => {
    let s = seen.get(word);
    if (s === undefined) {
      if (seen.size >= STEM_CACHE_SIZE) seen = new Map();
      s = stem(word);
      seen.set(word, s);
    }
    return s;
  };
}
const NEAREST: Record<string, string> = { uk: 'ru', be: 'ru', bg: 'ru', kk: 'ru', no: 'sv', nb: 'sv', nn: 'sv', da: 'sv', et: 'fi' };
const compiled = new Map<string, Lexicon>();

/** The language whose cues are used for a text declared or detected as `lang`. */
export function cueLanguage(lang: string, text = ''): string {
  const code = lang.slice(0, 2).toLowerCase();
  if (SOURCES[code]) return code;
  return NEAREST[code] ?? (/\p{Script=Cyrillic}/u.test(text) ? 'ru' : 'en');
}

const stemmers = new Map<string, Stemmer>();

/** The Snowball stemmer of the cue language for `lang`, remembering the words it has stemmed. */
export function stemmerFor(lang: string, text = ''): Stemmer {
  const code = cueLanguage(lang, text);
  let stem = stemmers.get(code);
  if (!stem) {
    stem = remembering(STEMMERS[code]!);
    stemmers.set(code, stem);
  }
  return stem;
}

export function lexiconFor(lang: string, text = ''): Lexicon {
  const code = cueLanguage(lang, text);
  let lexicon = compiled.get(code);
  if (!lexicon) {
    lexicon = compileStemmed(stemmerFor(code), SOURCES[code]!, NEUTRAL);
    compiled.set(code, lexicon);
  }
  return lexicon;
}
