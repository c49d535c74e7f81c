// The content script's engine. Every post is matched against the watch list on the page; intent
// and sentiment, which only matched posts need, are asked of the classifier, which in the
// extension lives in the service worker (lexicons, stemmers and the intent model are the biggest
// part of the engine: loaded once there instead of into every page). Texts asked for in the same
// time go in one request.
import type { AnalyzeHint } from '../core/engine';
import type { Analysis, IntentResult, SentimentResult } from '../core/model';
import type { Playbook } from '../core/playbook';
import { createWatcher, type WatchResult } from '../core/watcher';
import { MAX_UNDERSTAND_CHARS, MAX_UNDERSTAND_POSTS } from '../messaging/protocol';

export interface Understanding {
  intent: IntentResult;
  sentiment: SentimentResult;
}

/** Intent and sentiment of many texts at once, in their order. */
export type ClassifyMany = (posts: { text: string; lang: string }[]) => Promise<Understanding[]>;

interface Asked {
  text: string;
  lang: string;
  resolve(understanding: Understanding): void;
  reject(error: unknown): void;
}

/** How long texts to understand are gathered before they are sent together, in ms. */
const GATHER_MS = 250;

export class PageEngine {
  private readonly watcher: (text: string, hint?: AnalyzeHint) => WatchResult;
  private asked: Asked[] = [];

  constructor(
    playbook: Pick<Playbook, 'watch'>,
    private readonly classify: ClassifyMany,
  ) {
    this.watcher = createWatcher(playbook);
  }

  /** Which watched items the text mentions (on the page, no classifier needed). */
  watch(text: string, hint?: AnalyzeHint): WatchResult {
    return this.watcher(text, hint);
  }

  /** The whole analysis of a text already watched. A long text is judged by its start (cues stay where they are). */
  understand(watched: WatchResult, text: string): Promise<Analysis> {
    return new Promise<Understanding>((resolve, reject) => {
      this.asked.push({ text: text.slice(0, MAX_UNDERSTAND_CHARS), lang: watched.lang, resolve, reject });
      // Each message costs the page's main thread a millisecond or more: what a fling reads over
      // a few frames goes in one.
      if (this.asked.length === 1) setTimeout(() => this.send(), GATHER_MS);
    }).then((understanding) => ({ ...watched, ...understanding }));
  }

  analyze(text: string, hint?: AnalyzeHint): Promise<Analysis> {
    return this.understand(this.watch(text, hint), text);
  }

  private send(): void {
    const asked = this.asked;
    this.asked = [];
    for (let at = 0; at < asked.length; at += MAX_UNDERSTAND_POSTS) {
      const batch = asked.slice(at, at + MAX_UNDERSTAND_POSTS);
      this.classify(batch.map(({ text, lang }) => ({ text, lang })))
        .then((results) => {
          if (results.length !== batch.length) throw new Error(`asked about ${batch.length} texts, told about ${results.length}`);
          batch.forEach((one, i) => one.resolve(results[i]!));
        })
        .catch((error: unknown) => {
          for (const one of batch) one.reject(error);
        });
    }
  }
}
