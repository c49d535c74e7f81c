// How a post feels: negative, neutral or positive, from polar words, complaint and praise cues,
// after negation, sarcasm and "but" have been applied (evidence.ts). When those words leave a post
// neutral but its intent is plainly a complaint, a crisis or praise ("It arrived Monday. The party
// was Saturday."), the intent's own cues decide the feeling. A learned model (intent-model.ts) then
// reads that feeling beside the rules' evidence and the post's words, and decides.
import { JUDGED_CHARS, type Cue, type Intent, type Sentiment, type SentimentResult } from '../model';
import { readCached } from './evidence';
import { classifyIntent, classifyIntentCached } from './intent';
import { ruleView } from './intent-features';
import { learnedSentiment, shippedSentimentModel, type SentimentModel } from './intent-model';
import { cueLanguage } from './lexicons';

const POLAR_AT = 0.5;
// The intent's score a neutral reading needs before the intent colours it.
const INTENT_AT = 0.35;
// Polar words weaker than this in a question or a purchase decision leave it neutral.
const WANTED_AT = 1;

/** The feeling by the rules (and the intent decided), with the learned model (the shipped one by default, none with null) deciding beside them. */
export function classifySentiment(whole: string, lang: string, model: SentimentModel | null = shippedSentimentModel()): SentimentResult {
  const text = whole.length > JUDGED_CHARS ? whole.slice(0, JUDGED_CHARS) : whole;
  const rules = ruleSentiment(text, lang);
  if (!model || !text.trim() || cueLanguage(lang, text) !== lang.slice(0, 2).toLowerCase()) return rules;
  const reading = readCached(text, lang);
  const view = ruleView(reading, classifyIntent(text, lang, null).label, rules.label);
  const learned = learnedSentiment(model, text, lang, view);
  const intent = classifyIntentCached(text, lang);
  // A post decided to be a complaint, a crisis or praise feels as that intent does, whatever its words
  // say ("Thanks Acme Bank for locking my card… Brilliant service"): the labelled posts hold no positive
  // complaint or crisis, no negative praise, and 8 neutral complaints in 528. Leave one of 20 sets out,
  // with the intent model of the same fold (cv-intent COHERE_ALL), sentiment en/ru/fi/sv
  // 0.815/0.836/0.864/0.861 -> 0.814/0.845/0.874/0.886 (neutral only taking it: the first four).
  const label = feelingOf(intent.label) ?? learned.label;
  const own: Cue[] =
    label === 'neutral' ? [] : reading.evidence.filter((e) => (label === 'positive' ? e.positive > 0 : e.negative > 0)).map((e) => e.cue);
  const intentCues = (): Cue[] => intent.cues.map((c) => ({ ...c, signal: `${intent.label}: ${c.signal}` }));
  if (label !== learned.label) {
    if (label === rules.label) return { ...rules, score: intent.score };
    return { label, score: intent.score, cues: own.length > 0 ? own : intentCues() };
  }
  if (label === rules.label) return { ...rules, score: learned.score, cues: rules.cues.length > 0 ? rules.cues : learned.cues() };
  // The polar words for the feeling decided, else the intent's cues that carry it, and the words that weighed most.
  const carried = own.length === 0 && feelingOf(intent.label) === label ? intent.cues : own;
  const overlaps = (c: Cue): boolean => carried.some((o) => (c.start ?? 0) < (o.end ?? 0) && (o.start ?? 0) < (c.end ?? 0));
  const cues = [...carried, ...learned.cues().filter((c) => !overlaps(c))].sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  return { label, score: learned.score, cues };
}

const feelingOf = (intent: Intent): Sentiment | undefined =>
  intent === 'complaint' || intent === 'crisis' ? 'negative' : intent === 'praise' ? 'positive' : undefined;

function ruleSentiment(text: string, lang: string): SentimentResult {
  const reading = readCached(text, lang);
  const balance = reading.positive - reading.negative;
  let label: Sentiment = balance >= POLAR_AT ? 'positive' : balance <= -POLAR_AT ? 'negative' : 'neutral';
  const intent = classifyIntentCached(text, lang);
  // "Letar efter en bra barnvagn", "Fortnox känns dyrt, tips?": in a question or a purchase being
  // weighed, a mild polar word describes what is wanted, not how the writer feels.
  if (label !== 'neutral' && (intent.label === 'buying' || intent.label === 'question') && Math.abs(balance) < WANTED_AT) label = 'neutral';
  if (label === 'neutral') {
    const felt = feelingOf(intent.label);
    if (felt && intent.score >= INTENT_AT && intent.cues.length > 0) {
      const cues = intent.cues.map((c) => ({ ...c, signal: `${intent.label}: ${c.signal}` }));
      return { label: felt, score: Math.round(Math.min(0.8, intent.score) * 100) / 100, cues };
    }
  }
  const score =
    label === 'neutral' ? 1 - Math.abs(balance) / POLAR_AT / 2 : 1 - Math.exp(-Math.abs(balance) * 1.2);
  const cues: Cue[] = reading.evidence
    .filter((e) => (label === 'positive' ? e.positive > 0 : label === 'negative' ? e.negative > 0 : e.positive + e.negative > 0))
    .map((e) => e.cue)
    .sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  return { label, score: Math.round(score * 100) / 100, cues };
}
