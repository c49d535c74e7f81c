// The content script's engine. Every post is matched against the watch list at once; intent and
// sentiment, which only matched posts need, come from the classifier (lexicons and stemmers for
// four languages, the biggest part of the script), loaded the first time a post matches. A page
// where nothing matches never loads it.
import type { AnalyzeHint, Engine } from '../core/engine';
import type { Analysis } from '../core/model';
import type { Playbook } from '../core/playbook';
import { createWatcher, type WatchResult } from '../core/watcher';

type Classifier = typeof import('./classifier');

let classifier: Classifier | null = null;
let loading: Promise<Classifier> | null = null;

export class PageEngine implements Engine {
  private readonly watcher: (text: string, hint?: AnalyzeHint) => WatchResult;

  constructor(playbook: Pick<Playbook, 'watch'>) {
    this.watcher = createWatcher(playbook);
  }

  /** Which watched items the text mentions (no classifier needed). */
  watch(text: string, hint?: AnalyzeHint): WatchResult {
    return this.watcher(text, hint);
  }

  /** Whether the classifier is loaded (shared by every engine of the page). */
  get ready(): boolean {
    return classifier !== null;
  }

  /** Loads the classifier once; later calls share the first. */
  load(): Promise<void> {
    loading ??= import('./classifier').then((loaded) => (classifier = loaded));
    return loading.then(() => undefined);
  }

  /** The whole analysis of a text already watched. Needs the classifier (see ready and load). */
  understand(watched: WatchResult, text: string): Analysis {
    if (!classifier) throw new Error('the classifier is not loaded yet');
    return { ...watched, intent: classifier.classifyIntent(text, watched.lang), sentiment: classifier.classifySentiment(text, watched.lang) };
  }

  analyze(text: string, hint?: AnalyzeHint): Analysis {
    return this.understand(this.watch(text, hint), text);
  }

  analyzeIfMatched(text: string, hint?: AnalyzeHint): Analysis | null {
    const watched = this.watch(text, hint);
    return watched.labels.length > 0 ? this.understand(watched, text) : null;
  }
}
