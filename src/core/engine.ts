// The engine facade: compile a playbook once, then analyse any number of texts.
import type { Analysis } from './model';
import type { Playbook } from './playbook';
import { classifyIntent } from './understand/intent';
import { classifySentiment } from './understand/sentiment';
import { createWatcher, type AnalyzeHint, type EngineOptions, type WatchResult } from './watcher';

export { createWatcher, type AnalyzeHint, type EngineOptions, type WatchResult } from './watcher';

export interface Engine {
  analyze(text: string, hint?: AnalyzeHint): Analysis;
  /**
   * The same analysis, but only for a text the watch list matches; null for any other text,
   * whose intent and sentiment are then never worked out (most posts on a page match nothing).
   */
  analyzeIfMatched(text: string, hint?: AnalyzeHint): Analysis | null;
}

export function createEngine(playbook: Playbook, options: EngineOptions = {}): Engine {
  const watch = createWatcher(playbook, options);
  const understand = ({ lang, matches, labels }: WatchResult, text: string): Analysis => ({
    lang,
    matches,
    labels,
    intent: classifyIntent(text, lang),
    sentiment: classifySentiment(text, lang),
  });
  return {
    analyze: (text, hint) => understand(watch(text, hint), text),
    analyzeIfMatched(text, hint) {
      const watched = watch(text, hint);
      return watched.labels.length > 0 ? understand(watched, text) : null;
    },
  };
}
