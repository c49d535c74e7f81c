import type { SentimentResult } from '../model';

// PLACEHOLDER until the sentiment classifier lands (issue 5): answers "neutral" with no cues.
export function classifySentiment(_text: string, _lang: string): SentimentResult {
  return { label: 'neutral', score: 0, cues: [] };
}
