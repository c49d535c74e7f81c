// Everything the rules need to know about a draft and the post it answers, computed once.
import type { Persona } from '../playbook';
import { classifyIntent } from '../understand/intent';
import { classifySentiment } from '../understand/sentiment';
import { contentWords, nameWords, stemIndex, type StemIndex } from './content-words';
import { compileLexicon, findCues, type CompiledCues } from './cue-matcher';
import { ANGER, BUYING_ASK, QUESTION_OPENER, SENSITIVE } from './lexicons';
import { guessLang, sentences, urls, words, type CoachLang, type Span } from './text';

export type Platform = 'x' | 'linkedin' | 'reddit' | 'forum' | 'hn';
export const PLATFORMS: readonly Platform[] = ['x', 'linkedin', 'reddit', 'forum', 'hn'];

/** Longer drafts are counted in full but only this much is read for the other rules. */
export const ANALYSE_CAP = 20_000;

export interface PostInput {
  text: string;
  lang?: string;
  author?: string;
}

export interface PostFacts {
  text: string;
  lang: CoachLang;
  /** Sentences that ask something. */
  questions: Span[];
  /** Anger or complaint cues, or the classifiers say so. */
  upset: boolean;
  /** The person asks about buying: price, trial, how to order. */
  buying: boolean;
  sensitive: Span[];
  content: Span[];
  index: StemIndex;
}

export interface DraftContext {
  draft: string;
  lang: CoachLang;
  platform: Platform;
  persona?: Persona;
  /** The organisation and its products, as the draft may name them. */
  ownNames: string[];
  competitorNames: string[];
  /** Lower-cased words of every name, left out of word overlap. */
  exclude: Set<string>;
  links: Span[];
  post?: PostFacts;
}

const questionOpeners = compileLexicon(QUESTION_OPENER);
const anger = compileLexicon(ANGER);
const buyingAsk = compileLexicon(BUYING_ASK);
const sensitiveCues = compileLexicon(SENSITIVE);

export function lexiconHits(text: string, cues: CompiledCues, lang: CoachLang): Span[] {
  return findCues(text, cues, lang);
}

export function questionSentences(text: string, lang: CoachLang): Span[] {
  return sentences(text).filter((s) => {
    if (/[?？]/.test(s.text)) return true;
    const opener = findCues(s.text, questionOpeners, lang)[0];
    return opener !== undefined && opener.start <= 2;
  });
}

export function analysePost(post: PostInput, exclude: Set<string>): PostFacts {
  const text = post.text.slice(0, ANALYSE_CAP);
  const lang = guessLang(text, post.lang);
  const intent = classifyIntent(text, lang);
  const sentiment = classifySentiment(text, lang);
  let questions = questionSentences(text, lang);
  if (questions.length === 0 && intent.label === 'question') questions = [{ text, start: 0, end: text.length }];
  const content = contentWords(text, exclude);
  const sensitive = findCues(text, sensitiveCues, lang);
  return {
    text,
    lang,
    questions,
    upset:
      findCues(text, anger, lang).length > 0 ||
      sentiment.label === 'negative' ||
      intent.label === 'complaint' ||
      intent.label === 'crisis',
    buying: intent.label === 'buying' || findCues(text, buyingAsk, lang).length > 0,
    sensitive,
    content,
    index: stemIndex(content),
  };
}

export interface ContextInput {
  draft: string;
  platform: Platform;
  post?: PostInput;
  persona?: Persona;
  lang?: string;
  brandTerms?: string[];
  competitorTerms?: string[];
}

export function buildContext(input: ContextInput): DraftContext {
  const draft = input.draft.slice(0, ANALYSE_CAP);
  const ownNames = [input.persona?.organization ?? '', ...(input.brandTerms ?? [])].filter((n) => n.trim().length >= 2);
  const competitorNames = (input.competitorTerms ?? []).filter((n) => n.trim().length >= 2);
  const exclude = nameWords([...ownNames, ...competitorNames, input.persona?.name ?? '', input.post?.author ?? '']);
  const ctx: DraftContext = {
    draft,
    lang: guessLang(draft, input.lang),
    platform: input.platform,
    ownNames,
    competitorNames,
    exclude,
    links: urls(draft),
  };
  if (input.persona) ctx.persona = input.persona;
  if (input.post && input.post.text.trim() !== '') ctx.post = analysePost(input.post, exclude);
  return ctx;
}

export function wordsOutsideLinks(text: string, links: readonly Span[]): Span[] {
  return words(text).filter((w) => !links.some((l) => w.start >= l.start && w.end <= l.end));
}
