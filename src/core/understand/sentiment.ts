// How a post feels: negative, neutral or positive, from polar words, complaint and praise cues,
// after negation, sarcasm and "but" have been applied (evidence.ts).
import type { Cue, Sentiment, SentimentResult } from '../model';
import { readCached } from './evidence';

const POLAR_AT = 0.5;

export function classifySentiment(text: string, lang: string): SentimentResult {
  const reading = readCached(text, lang);
  const balance = reading.positive - reading.negative;
  const label: Sentiment = balance >= POLAR_AT ? 'positive' : balance <= -POLAR_AT ? 'negative' : 'neutral';
  const score =
    label === 'neutral' ? 1 - Math.abs(balance) / POLAR_AT / 2 : 1 - Math.exp(-Math.abs(balance) * 1.2);
  const cues: Cue[] = reading.evidence
    .filter((e) => (label === 'positive' ? e.positive > 0 : label === 'negative' ? e.negative > 0 : e.positive + e.negative > 0))
    .map((e) => e.cue)
    .sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  return { label, score: Math.round(score * 100) / 100, cues };
}
