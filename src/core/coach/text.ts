// Text helpers for the coach: words, sentences, links and a small language guess.
// Regexes use \p{L}; Intl.Segmenter is avoided here because it slows down badly on megabyte pastes.
import twitter from 'twitter-text';

export type CoachLang = 'en' | 'ru' | 'fi' | 'sv';
export const COACH_LANGS: readonly CoachLang[] = ['en', 'ru', 'fi', 'sv'];

export interface Span {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

export function words(text: string): Span[] {
  const out: Span[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** Sentences with offsets; a line break also ends a sentence. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n.!?…。？！]*(?:[.!?…。？！]+|\n|$)/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === '') {
      if (m.index >= text.length) break;
      re.lastIndex += 1;
      continue;
    }
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (trimmed !== '') out.push({ text: trimmed, start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return out;
}

export function urls(text: string): Span[] {
  return twitter.extractUrlsWithIndices(text).map((u) => ({ text: u.url, start: u.indices[0], end: u.indices[1] }));
}

export function isLang(value: string | undefined): value is CoachLang {
  return value === 'en' || value === 'ru' || value === 'fi' || value === 'sv';
}

const STOP_HINTS: Record<Exclude<CoachLang, 'ru'>, Set<string>> = {
  en: new Set('the and is are to of you your it that for with this not have can we i on do what how thanks thank be was if my our just but so will there'.split(' ')),
  fi: new Set('ja on ei se että mutta kun niin tämä olen oli voi myös kiitos hei mitä miten minä sinä te me jos vielä kanssa ole tai kuin nyt vain onko mikä voit sen siitä tässä tuo meillä teillä hyvä'.split(' ')),
  sv: new Set('och är det att som en ett på för med inte jag du vi har kan av till om men så den hej tack vad hur också här när ni din ditt era vår vårt mig dig från'.split(' ')),
};

/** A guess among en/ru/fi/sv from script and common words; `hint` wins when it is one of the four. */
export function guessLang(text: string, hint?: string): CoachLang {
  const short = hint?.slice(0, 2).toLowerCase();
  if (isLang(short)) return short;
  const sample = text.slice(0, 4000);
  const cyr = (sample.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const lat = (sample.match(/\p{Script=Latin}/gu) ?? []).length;
  if (cyr > lat) return 'ru';
  const score: Record<'en' | 'fi' | 'sv', number> = { en: 0, fi: 0, sv: 0 };
  for (const w of words(sample)) {
    const lw = w.text.toLowerCase();
    for (const lang of ['en', 'fi', 'sv'] as const) if (STOP_HINTS[lang].has(lw)) score[lang] += 1;
    if (/å/.test(lw)) score.sv += 1;
    if (/(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|ksi|aa|ää|uu|yy|ii|oo)$/.test(lw) && lw.length > 4) score.fi += 0.5;
  }
  if (score.fi > score.en && score.fi >= score.sv) return 'fi';
  if (score.sv > score.en && score.sv > score.fi) return 'sv';
  return 'en';
}

/** Folds case and ё for comparing words only (never for display). */
export function foldForCompare(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е');
}
