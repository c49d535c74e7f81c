// The rules' reading of each later labelled set as it was when the set was written (written by
// scripts/fresh-rule-views.ts), and the posts the intent model is trained on: every labelled post
// with that fresh reading where there is one, and today's reading of the sets the rules grew on.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INTENTS, SENTIMENTS, type Intent } from '../core/model';
import { read } from '../core/understand/evidence';
import { classifyIntent } from '../core/understand/intent';
import { classifySentiment } from '../core/understand/sentiment';
import { ruleView, type RuleView } from '../core/understand/intent-features';
import type { TrainingPost } from '../core/understand/intent-model';
import { LABELLED_DIR, labelledSetsOf } from './labelled-sets';

export const FRESH_VIEWS_FILE = join(LABELLED_DIR, '..', '..', '..', 'testing', 'fresh-rule-views.json');

/** A view in a few characters: label, six intent sums, positive, negative, asks, topics, names, signals, sentiment, late and early signals. */
export type PackedView = [number, number[], number, number, number, number, number, string, number, string?, string?];
export type FreshViews = Record<string, { commit: string; views: Record<string, PackedView[]> }>;

const r2 = (x: number): number => Math.round(x * 100) / 100;

export function packView(v: RuleView): PackedView {
  return [
    INTENTS.indexOf(v.label),
    INTENTS.map((i) => r2(v.intent[i])),
    r2(v.positive),
    r2(v.negative),
    v.asks ? 1 : 0,
    v.topics,
    v.names,
    v.signals.join('|'),
    v.sentiment ? SENTIMENTS.indexOf(v.sentiment) : -1,
    v.late.join('|'),
    v.early.join('|'),
  ];
}

export function unpackView(p: PackedView): RuleView {
  const [label, sums, positive, negative, asks, topics, names, signals, sentiment, late, early] = p;
  return {
    ...(sentiment >= 0 ? { sentiment: SENTIMENTS[sentiment]! } : {}),
    label: INTENTS[label]!,
    intent: Object.fromEntries(INTENTS.map((i, k) => [i, sums[k]!])) as Record<Intent, number>,
    positive,
    negative,
    asks: asks === 1,
    topics,
    names,
    signals: signals ? signals.split('|') : [],
    late: late ? late.split('|') : [],
    early: early ? early.split('|') : [],
  };
}

let fresh: FreshViews | undefined;

export function freshViews(): FreshViews {
  fresh ??= existsSync(FRESH_VIEWS_FILE) ? (JSON.parse(readFileSync(FRESH_VIEWS_FILE, 'utf8')) as FreshViews) : {};
  return fresh;
}

/** Today's rules' reading of a post. */
export const currentView = (text: string, lang: string): RuleView =>
  ruleView(read(text, lang), classifyIntent(text, lang, null).label, classifySentiment(text, lang, null).label);

/** Every labelled post of a language by set, each with the reading the model is trained on. */
export function trainingSetsOf(lang: string): Record<string, TrainingPost[]> {
  const views = freshViews();
  return Object.fromEntries(
    Object.entries(labelledSetsOf(lang)).map(([name, posts]) => {
      const packed = views[name]?.views[lang];
      if (packed && packed.length !== posts.length) throw new Error(`${name} ${lang}: ${packed.length} fresh views for ${posts.length} posts`);
      return [name, posts.map((p, i) => ({ ...p, lang, view: packed ? unpackView(packed[i]!) : currentView(p.text, lang) }))];
    }),
  );
}
