// How a post feels: negative, neutral or positive, from polar words, complaint and praise cues,
// after negation, sarcasm and "but" have been applied (evidence.ts). When those words leave a post
// neutral but its intent is plainly a complaint, a crisis or praise ("It arrived Monday. The party
// was Saturday."), the intent's own cues decide the feeling.
import type { Cue, Sentiment, SentimentResult } from '../model';
import { readCached } from './evidence';
import { classifyIntentCached } from './intent';

const POLAR_AT = 0.5;
// The intent's score a neutral reading needs before the intent colours it.
const INTENT_AT = 0.35;
// Polar words weaker than this in a question or a purchase decision leave it neutral.
const WANTED_AT = 1;

export function classifySentiment(text: string, lang: string): SentimentResult {
  const reading = readCached(text, lang);
  const balance = reading.positive - reading.negative;
  let label: Sentiment = balance >= POLAR_AT ? 'positive' : balance <= -POLAR_AT ? 'negative' : 'neutral';
  const intent = classifyIntentCached(text, lang);
  // "Letar efter en bra barnvagn", "Fortnox känns dyrt, tips?": in a question or a purchase being
  // weighed, a mild polar word describes what is wanted, not how the writer feels.
  if (label !== 'neutral' && (intent.label === 'buying' || intent.label === 'question') && Math.abs(balance) < WANTED_AT) label = 'neutral';
  if (label === 'neutral') {
    const felt: Sentiment | undefined =
      intent.label === 'complaint' || intent.label === 'crisis' ? 'negative' : intent.label === 'praise' ? 'positive' : undefined;
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
