// What the learned intent model (intent-model.ts) reads of a post: the rules' own reading of it
// (their evidence per intent, the label they decided, which kinds of cue they found), a few marks of
// its shape (asks, exclaims, says I or you, addresses a handle, how long it is) and its words
// (bag-of-words.ts: stems and stem pairs, language by language). The rules' features and the shape
// are shared by every language, so what they mean is learned from all the labelled posts at once.
import { INTENTS, type Intent, type Sentiment } from '../model';
import { bagOfWords, type Feature } from './bag-of-words';
import type { Reading } from './evidence';
import { cueLanguage } from './lexicons';
import { shapeFeatures } from './shape-features';
import { tokenize } from './tokens';

/** The rules' reading of a post, as the model sees it. */
export interface RuleView extends Pick<Reading, 'intent' | 'positive' | 'negative' | 'asks' | 'topics' | 'names'> {
  /** The signal of each cue the rules found ("question", "negated praise", "anger"). */
  signals: readonly string[];
  /** The signals of the cues in the last sentence, and of those before it, when there is more than one sentence. */
  late: readonly string[];
  early: readonly string[];
  /** The label the rules alone decided. */
  label: Intent;
  /** The feeling the rules decided (only the sentiment model reads it). */
  sentiment?: Sentiment;
}

/** `reading` may come from an older version of the rules (scripts/cv-intent.ts), which counted no names. */
export function ruleView(reading: Omit<Reading, 'names'> & { names?: number }, label: Intent, sentiment?: Sentiment): RuleView {
  return {
    ...(sentiment ? { sentiment } : {}),
    intent: reading.intent,
    positive: reading.positive,
    negative: reading.negative,
    asks: reading.asks,
    topics: reading.topics,
    names: reading.names ?? 0,
    signals: reading.evidence.map((e) => e.cue.signal),
    ...lateAndEarly(reading),
    label,
  };
}

// A sentence ends as in tokens.ts: . ! ? … before a space or the end, or a line break.
const SENTENCE_END = /[.!?…]+(?=\s|$)|\n/gu;
const WORDLIKE = /[\p{L}\p{N}]/u;
// A word as tokens.ts starts one: a handle's @ or a hashtag's # belongs to it.
const WORD_START = /[@#]?[\p{L}\p{N}]/u;

/** Where the last sentence with words in it starts, when words come before it too (found without tokenising again). */
function lastSentenceStart(text: string): number {
  const firstWord = text.search(WORDLIKE);
  if (firstWord < 0) return -1;
  const ends = [...text.matchAll(SENTENCE_END)].filter((m) => m.index > firstWord);
  // From the last end back: the first with a word after it (usually the last or the one before).
  for (let k = ends.length - 1; k >= 0; k--) {
    const after = ends[k]!.index + ends[k]![0].length;
    const next = text.slice(after).search(WORD_START);
    if (next >= 0) return after + next;
  }
  return -1;
}

/** Where the cues stand: a story of trouble that ends in thanks is told in that order. */
function lateAndEarly(reading: Pick<Reading, 'text' | 'evidence'>): { late: string[]; early: string[] } {
  const from = lastSentenceStart(reading.text);
  if (from < 0) return { late: [], early: [] };
  const late = new Set<string>();
  const early = new Set<string>();
  for (const e of reading.evidence) ((e.cue.start ?? 0) >= from ? late : early).add(e.cue.signal);
  return { late: [...late], early: [...early] };
}

const GOOD_SIDE = new Set(['praise', 'positive', 'thanks', 'works']);
const BAD_SIDE = new Set(['problem', 'negative', 'anger', 'outage', 'again']);

// Pronouns of the writer and of the reader addressed, per language.
const FIRST = new Set(
  'i|i\'m|i\'ve|i\'d|me|my|mine|we|we\'re|we\'ve|us|our|я|мне|меня|мой|моя|моё|мое|мои|моего|мы|нам|нас|наш|наша|наши|minä|mä|mun|minun|mulle|minulle|multa|minulta|me|meidän|meillä|meille|jag|mig|mej|min|mitt|mina|vi|oss|vår|vårt|våra'.split('|'),
);
const SECOND = new Set(
  'you|your|you\'re|you\'ve|yours|вы|вам|вас|ваш|ваша|ваши|ты|тебе|тебя|твой|sinä|sä|sun|sinun|sulle|te|teidän|teille|teillä|du|dig|din|ditt|dina|ni|er|era|ert'.split('|'),
);
const URL = /https?:\/\/|www\./u;
const CLIP = 3;
const MONEY_WORDS = new Set(['kr', 'eur', 'usd', 'руб', 'sek', 'euroa', 'kronor', 'рублей', 'quid', 'dollars', 'pounds']);

/** The features of a post, word features keyed by the cue language, the rest shared. */
export function intentFeatures(text: string, lang: string, view: RuleView): { features: Map<string, number>; words: Feature[] } {
  const features = new Map<string, number>();
  const set = (key: string, value = 1): void => {
    if (value !== 0) features.set(key, value);
  };
  // The rules: evidence per intent (clipped), where it crosses their thresholds, and their label.
  for (const intent of INTENTS) {
    const s = view.intent[intent];
    set(`r:${intent}`, Math.min(s, CLIP) / CLIP);
    if (s >= 0.5) set(`r:${intent}>.5`);
    if (s >= 1) set(`r:${intent}>1`);
    if (s >= 1.5) set(`r:${intent}>1.5`);
  }
  set(`rule=${view.label}`);
  const balance = view.positive - view.negative;
  set('pos', Math.min(view.positive, CLIP) / CLIP);
  set('neg', Math.min(view.negative, CLIP) / CLIP);
  if (balance >= 0.5) set('bal+');
  if (balance <= -0.5) set('bal-');
  if (view.asks) set('asks');
  if (view.topics > 0) set('topic');
  if (view.names > 0) set('named');
  for (const signal of new Set(view.signals)) set(`s:${signal}`);
  // Only the coarse order of good and bad: each signal's own place told sarcasm apart from stories no better.
  const good = (x: string): boolean => GOOD_SIDE.has(x);
  const bad = (x: string): boolean => BAD_SIDE.has(x) || x.startsWith('sarcas');
  const endsWell = view.late.some(good) && !view.late.some(bad);
  const endsBadly = view.late.some(bad) && !view.late.some(good);
  if (endsWell && view.early.some(bad)) set('arc:trouble-then-good');
  if (endsBadly && view.early.some(good)) set('arc:good-then-trouble');
  if (endsWell) set('arc:ends-well');
  if (endsBadly) set('arc:ends-badly');
  // The shape of the post.
  const tokens = tokenize(text);
  const words = tokens.filter((t) => t.kind === 'word');
  const sentences = new Set(tokens.map((t) => t.sentence)).size;
  const n = words.length;
  // (A bin of its own for under eight words taught the model that short posts are chatter, and it
  // overrode the rules on short plain complaints; leave one set out, it was worth nothing.)
  set(n < 16 ? 'len<16' : n < 30 ? 'len<30' : 'len30+');
  if (sentences > 2) set('sentences3+');
  const lastToken = tokens[tokens.length - 1];
  if (lastToken?.kind === 'punct' && lastToken.norm.includes('?')) set('ends?');
  if (tokens.some((t) => t.kind === 'punct' && t.norm.includes('?'))) set('has?');
  if (tokens.some((t) => t.kind === 'punct' && t.norm.includes('!'))) set('has!');
  if (words.some((t) => FIRST.has(t.norm))) set('p1');
  if (words.some((t) => SECOND.has(t.norm))) set('p2');
  if (words.some((t) => t.norm.startsWith('@'))) set('handle');
  if (words.some((t) => t.norm.startsWith('#'))) set('hashtag');
  if (tokens.some((t) => t.kind === 'emoji')) set('emoji');
  if (URL.test(text)) set('url');
  if (/[$€£₽]/u.test(text) || words.some((t) => MONEY_WORDS.has(t.norm))) set('money');
  const cueLang = cueLanguage(lang, text);
  shapeFeatures(text, tokens, cueLang, set);
  // The words, in the cue language.
  const bag = bagOfWords(text, lang);
  for (const f of bag) set(`${cueLang}:${f.key}`);
  // Kept for sentimentFeatures, which copies before adding to it; nothing else changes the map.
  last = { text, lang, view, read: { features, words: bag } };
  return last.read;
}

let last: { text: string; lang: string; view: RuleView; read: ReturnType<typeof intentFeatures> } | undefined;

/** The features of the sentiment model: the intent model's, and the feeling the rules decided. */
export function sentimentFeatures(text: string, lang: string, view: RuleView): { features: Map<string, number>; words: Feature[] } {
  // Sentiment is read right after intent, from the same reading: its features are taken once.
  const same = last && last.text === text && last.lang === lang && last.view.intent === view.intent && last.view.label === view.label;
  const read = same ? last!.read : intentFeatures(text, lang, view);
  const features = new Map(read.features);
  if (view.sentiment) features.set(`sent=${view.sentiment}`, 1);
  return { features, words: read.words };
}
