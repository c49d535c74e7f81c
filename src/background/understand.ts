// Intent and sentiment for the content scripts: the classifier (lexicons, stemmers, the intent
// model) is the biggest part of the engine, so it is loaded once here rather than into every page.
import type { IntentResult, SentimentResult } from '../core/model';
import { classifyIntent } from '../core/understand/intent';
import { classifySentiment } from '../core/understand/sentiment';

export function understandText(text: string, lang: string): { intent: IntentResult; sentiment: SentimentResult } {
  return { intent: classifyIntent(text, lang), sentiment: classifySentiment(text, lang) };
}
