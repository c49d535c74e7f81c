// One compiled lexicon per language, built on first use. Languages other than en, ru, fi and sv
// get the emoji cues plus the lexicon of their nearest relative (Ukrainian, Belarusian, Bulgarian,
// Kazakh or any Cyrillic text → Russian; Norwegian and Danish → Swedish; Estonian → Finnish;
// anything else → English), since short
// posts are often detected as a neighbouring language.
import { compileLexicon, type Lexicon, type LexiconSource } from './lexicon';
import { EN } from './lexicon-en';
import { FI } from './lexicon-fi';
import { NEUTRAL } from './lexicon-neutral';
import { RU } from './lexicon-ru';
import { SV } from './lexicon-sv';

const SOURCES: Record<string, LexiconSource> = { en: EN, ru: RU, fi: FI, sv: SV };
const NEAREST: Record<string, string> = { uk: 'ru', be: 'ru', bg: 'ru', kk: 'ru', no: 'sv', nb: 'sv', nn: 'sv', da: 'sv', et: 'fi' };
const compiled = new Map<string, Lexicon>();

/** The language whose cues are used for a text declared or detected as `lang`. */
export function cueLanguage(lang: string, text = ''): string {
  const code = lang.slice(0, 2).toLowerCase();
  if (SOURCES[code]) return code;
  return NEAREST[code] ?? (/\p{Script=Cyrillic}/u.test(text) ? 'ru' : 'en');
}

export function lexiconFor(lang: string, text = ''): Lexicon {
  const code = cueLanguage(lang, text);
  let lexicon = compiled.get(code);
  if (!lexicon) {
    lexicon = compileLexicon(SOURCES[code]!, NEUTRAL);
    compiled.set(code, lexicon);
  }
  return lexicon;
}
