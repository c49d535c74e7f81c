// Compiles compact cue lists into lookup tables and finds their hits in a token list.
//
// An entry is one word or a phrase of words separated by spaces, written in lower case:
//   word      the whole word only
//   stem*     any word that starts with the stem (Russian and Finnish endings, Swedish suffixes)
//   *word     the word itself or a compound ending in it, after a head of 4+ letters (sommarrea, kevätale)
//   ~word     any word with the same stem as word (the language's Snowball stemmer): ~odottaa
//             finds odotin, odottelin; ~худший finds худшая, худших
//   entry:1.5 overrides the signal's default weight
// The longest matching entry wins, so a longer stem with signal "-" blocks a shorter one
// (акционер* blocks акци*). Phrases skip commas between their words.
import type { Token } from './tokens';

export const SIGNALS = [
  'question', // interrogative words and openers: how, как, miten, hur
  'opener', // a question word opening a clause: what, где, mikä, vad
  'which', // which, какой, mikä, vilken: with an evaluation in a question, asks what to choose
  'aux', // an auxiliary opening a clause: is, does, можно, går; a question only with a "?"
  'help', // asks the crowd: anyone know, подскажите, tietääkö joku, vet någon
  'why', // a why-question: a complaint when a problem rides along
  'problem', // things going wrong: crash, charged twice, waiting, не могу
  'works', // "works"/"работает"/"toimii"/"funkar": a problem once negated
  'praise', // praising words: love, great, отлично, loistava, grym
  'thanks',
  'recommend', // buying inside a question, praise in a statement
  'buying', // alternatives, versus, which tool, worth it, switching
  'price',
  'anger', // sucks, scam, boycott, позор, perseestä, bluff
  'legal', // lawsuit, court, regulators and ombudsmen
  'press', // press handles and "journalists"
  'leak', // data leaks and breaches
  'harm', // public harm: danger, emergency calls, vulnerable people (pensioners, disabled customers)
  'outage',
  'mobilise', // calls on others: everyone, не ведитесь, varna alla
  'share', // sharing news, events, articles: the "other" family
  'news', // business news told in the third person: CEO steps down, shares fell, fined, acquires
  'positive',
  'negative',
  'negation',
  'contrast', // but, но, mutta, men: what follows weighs more
  'concession', // although, хотя, vaikka, även om: what follows weighs less
  'sarcasm',
  'again', // again, опять, taas, igen
  'literal', // a trap word's literal sense is near: dammsugare, pump
  'past', // used to, раньше, oli ennen, förr: praise of the past is a complaint now
  'regression', // after the update, после обновления, päivityksen jälkeen, efter uppdateringen
  'topic', // the post talks about a product or service: app, поддержка, päivitys, tjänst
  'choice', // "or" between two names in a question: Acme or Sprout?
] as const;
export type Signal = (typeof SIGNALS)[number];

export const DEFAULT_WEIGHT: Record<Signal, number> = {
  question: 0.7,
  opener: 0.8,
  which: 0.8,
  aux: 0.7,
  help: 1,
  why: 0.7,
  problem: 1,
  works: 1,
  praise: 1,
  thanks: 1,
  recommend: 1.2,
  buying: 1.2,
  price: 1,
  anger: 1.6,
  legal: 1.6,
  press: 1,
  leak: 1.5,
  harm: 1,
  outage: 0.8,
  mobilise: 0.7,
  share: 1,
  news: 1,
  positive: 0.8,
  negative: 0.8,
  negation: 1,
  contrast: 1,
  concession: 1,
  sarcasm: 1.2,
  again: 0.5,
  literal: 1,
  past: 1,
  regression: 0.4,
  topic: 0,
  choice: 1.2,
};

/** A cue list per signal: entries separated by "|". */
export type LexiconSource = Partial<Record<Signal, string>> & { block?: string };

export type Stemmer = (word: string) => string;

interface Entry {
  words: string[];
  prefix: boolean[];
  /** Words compared by stem (their stored form is the stem). */
  stemmed: boolean[];
  /** Matches as the end of a compound (only single-word entries). */
  tail: boolean;
  /** Undefined for blocking entries. */
  signal: Signal | undefined;
  weight: number;
  /** For choosing the longest match. */
  length: number;
}

export interface Lexicon {
  exact: Map<string, Entry[]>;
  prefix: Map<string, Entry[]>;
  tail: Map<string, Entry[]>;
  /** Entries whose first word is compared by stem, by that stem. */
  stemmed: Map<string, Entry[]>;
  stem: Stemmer | undefined;
  /** Anger words that also count at the end of a hashtag (#AcmeSucks). */
  hashtagTails: Entry[];
}

export interface Hit {
  signal: Signal;
  weight: number;
  /** Token index range [first, last]. */
  first: number;
  last: number;
}

const norm = (s: string): string => s.toLowerCase().replace(/ё/g, 'е').replace(/’/g, "'");

function parseEntry(source: string, signal: Signal | undefined, stem: Stemmer): Entry | undefined {
  let text = source.trim();
  if (!text) return undefined;
  let weight = signal ? DEFAULT_WEIGHT[signal] : 0;
  const colon = text.lastIndexOf(':');
  if (colon > 0 && /^[0-9.]+$/.test(text.slice(colon + 1))) {
    weight = Number(text.slice(colon + 1));
    text = text.slice(0, colon);
  }
  let tail = false;
  if (text.startsWith('*')) {
    tail = true;
    text = text.slice(1);
  }
  const parts = norm(text).split(/\s+/u);
  const stemmed = parts.map((p) => p.startsWith('~') && p.length > 1);
  const words = parts.map((p, i) => (stemmed[i] ? stem(p.slice(1)) : p.endsWith('*') ? p.slice(0, -1) : p));
  const prefix = parts.map((p, i) => !stemmed[i] && p.endsWith('*'));
  return { words, prefix, stemmed, tail, signal, weight, length: parts.join(' ').length };
}

function push(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

export function compileLexicon(...sources: LexiconSource[]): Lexicon {
  return compileStemmed(undefined, ...sources);
}

/** A lexicon whose ~entries are matched by this stemmer's stems (by the word itself without one). */
export function compileStemmed(stem: Stemmer | undefined, ...sources: LexiconSource[]): Lexicon {
  const lexicon: Lexicon = { exact: new Map(), prefix: new Map(), tail: new Map(), stemmed: new Map(), stem, hashtagTails: [] };
  const stemOf = stem ?? ((w: string) => w);
  for (const source of sources) {
    for (const [key, list] of Object.entries(source)) {
      if (!list) continue;
      const signal = key === 'block' ? undefined : (key as Signal);
      for (const item of list.split('|')) {
        const entry = parseEntry(item, signal, stemOf);
        if (!entry) continue;
        const first = entry.words[0]!;
        if (entry.tail) push(lexicon.tail, first.slice(-3), entry);
        if (entry.stemmed[0]) push(lexicon.stemmed, first, entry);
        else if (entry.prefix[0]) push(lexicon.prefix, first.slice(0, 2), entry);
        else push(lexicon.exact, first, entry);
        if (signal === 'anger' && entry.words.length === 1) lexicon.hashtagTails.push(entry);
      }
    }
  }
  return lexicon;
}

/** Index of the last token of a phrase match starting at token i, or -1. */
function matchFrom(tokens: Token[], i: number, entry: Entry, skipFirst: boolean, stemAt: (t: number) => string): number {
  const words = entry.words;
  let t = i;
  for (let w = 0; w < words.length; w++) {
    if (w > 0) {
      t++;
      while (t < tokens.length && tokens[t]!.norm === ',') t++;
    }
    const token = tokens[t];
    if (!token || token.kind === 'punct') return -1;
    if (w === 0 && skipFirst) continue;
    const ok = entry.stemmed[w]
      ? stemAt(t) === words[w]
      : entry.prefix[w]
        ? token.bare.startsWith(words[w]!)
        : token.bare === words[w];
    if (!ok) return -1;
  }
  return t;
}

/** All cue hits, left to right; a token belongs to at most one hit. */
export function findHits(tokens: Token[], lexicon: Lexicon): Hit[] {
  const hits: Hit[] = [];
  // Each word is stemmed at most once, and only when a lexicon has stemmed entries.
  const stems: (string | undefined)[] = [];
  const stem = lexicon.stem ?? ((w: string) => w);
  const stemAt = (t: number): string => (stems[t] ??= stem(tokens[t]!.bare));
  const useStems = lexicon.stemmed.size > 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'punct') continue;
    const word = token.bare;
    let best: Entry | undefined;
    let bestLast = -1;
    const exact = lexicon.exact.get(word);
    const prefix = word.length >= 2 ? lexicon.prefix.get(word.slice(0, 2)) : undefined;
    const stemmed = useStems ? lexicon.stemmed.get(stemAt(i)) : undefined;
    for (let list = 0; list < 3; list++) {
      const entries = list === 0 ? exact : list === 1 ? prefix : stemmed;
      if (!entries) continue;
      for (const entry of entries) {
        const last = matchFrom(tokens, i, entry, false, stemAt);
        if (last < 0) continue;
        if (!best || last > bestLast || (last === bestLast && entry.length > best.length)) {
          best = entry;
          bestLast = last;
        }
      }
    }
    if (!best && word.length >= 7) {
      for (const entry of lexicon.tail.get(word.slice(-3)) ?? []) {
        const stem = entry.words[0]!;
        if (word.length - stem.length < 4 || !word.endsWith(stem)) continue;
        const last = matchFrom(tokens, i, entry, true, stemAt);
        if (last >= 0 && (!best || last > bestLast)) {
          best = entry;
          bestLast = last;
        }
      }
    }
    if (!best && token.norm.charCodeAt(0) === 35 /* # */) {
      for (const entry of lexicon.hashtagTails) {
        const stem = entry.words[0]!;
        const at = word.lastIndexOf(stem);
        if (at >= 2 && (entry.prefix[0] || at + stem.length === word.length)) {
          best = entry;
          bestLast = i;
          break;
        }
      }
    }
    if (best) {
      if (best.signal) hits.push({ signal: best.signal, weight: best.weight, first: i, last: bestLast });
      i = bestLast;
    }
  }
  return hits;
}
