// Site-neutral domain types shared by every layer. Pure data: no DOM, no browser APIs.

export const SITE_IDS = [
  'x',
  'linkedin',
  'reddit',
  'hn',
  'stackexchange',
  'discourse',
  'xenforo',
  'vbulletin',
  'phpbb',
  'forumotion',
  'mastodon',
  'facebook',
  'text',
  'unknown',
] as const;
export type SiteId = (typeof SITE_IDS)[number];

export type PostKind = 'post' | 'comment' | 'reply';

export interface Author {
  /** Display name as the page shows it. */
  name: string;
  /** Handle without decoration where the site has one (X: "jack", Reddit: "spez"). */
  handle?: string;
  /** Absolute profile URL. */
  url?: string;
}

export interface Post {
  /** Stable site-native id: tweet id, activity urn, t1_/t3_ id, HN item id, forum post id. */
  id: string;
  site: SiteId;
  kind: PostKind;
  author: Author;
  /** Text as a person reads it: emoji and link text kept, interface words removed. */
  text: string;
  /** ISO 8601, where the page has it. */
  time?: string;
  permalink?: string;
  /** Id of the post this one answers. */
  parent?: string;
  /** Language the page declares for this post (BCP 47), a hint only. */
  lang?: string;
}

export type WatchKind = 'brand' | 'product' | 'competitor' | 'person' | 'topic';

/** One mention of a watch item in a text; offsets are UTF-16 code units into that text. */
export interface Match {
  label: string;
  term: string;
  surface: string;
  start: number;
  end: number;
}

/** Intent and sentiment are judged on a text's first this many characters (cues keep their offsets). */
export const JUDGED_CHARS = 20_000;

export const INTENTS = ['question', 'complaint', 'praise', 'buying', 'crisis', 'other'] as const;
export type Intent = (typeof INTENTS)[number];

export const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

/** Evidence that moved a classifier: a word, phrase or punctuation found in the text. */
export interface Cue {
  text: string;
  /** What the cue signals, e.g. "question", "negation", "anger". */
  signal: string;
  start?: number;
  end?: number;
  weight?: number;
}

export interface IntentResult {
  label: Intent;
  score: number;
  cues: Cue[];
}

export interface SentimentResult {
  label: Sentiment;
  score: number;
  cues: Cue[];
}

/** What the engine says about one text. */
export interface Analysis {
  lang: string;
  matches: Match[];
  /** Watch labels that decided the post matters (the query, where present, decides). */
  labels: string[];
  intent: IntentResult;
  sentiment: SentimentResult;
}
