// Intents and outcomes: how complaints ended, how questions were answered.
import { OUTCOME_RESULTS } from '../journal';
import type { JournalEvent, Outcome, OutcomeResult } from '../journal';
import { INTENTS } from '../model';
import type { Intent } from '../model';
import { matchesFilter, postKey, selectEvents } from './filter';
import type { MetricFilter } from './filter';
import { SPEAK_KINDS } from './listen-speak';
import type { PostFacts } from './reply-time';

export type OutcomeColumn = OutcomeResult | 'pending';

export interface IntentOutcomes {
  intent: Intent | 'unknown';
  /** Posts replied to or closed with an outcome. */
  posts: number;
  results: Record<OutcomeColumn, number>;
}

export interface OutcomeMatrix {
  rows: IntentOutcomes[];
  sentence: string;
}

/**
 * One row per intent. A post counts in the column of its latest outcome; a post replied to
 * without any outcome yet counts as "pending".
 */
export function intentOutcomes(
  outcomes: readonly Outcome[],
  events: readonly JournalEvent[],
  posts: ReadonlyMap<string, PostFacts>,
  filter: MetricFilter = {},
): OutcomeMatrix {
  const latest = new Map<string, Outcome>();
  for (const outcome of outcomes) {
    const key = postKey(outcome.site, outcome.postId);
    const labels = posts.get(key)?.labels ?? [];
    if (!matchesFilter({ at: outcome.at, site: outcome.site, labels }, filter)) continue;
    const current = latest.get(key);
    if (!current || current.at <= outcome.at) latest.set(key, outcome);
  }
  const replied = new Set<string>();
  for (const event of selectEvents(events, filter)) {
    if (SPEAK_KINDS.includes(event.kind)) replied.add(postKey(event.site, event.postId));
  }
  const rows = new Map<Intent | 'unknown', IntentOutcomes>();
  const row = (intent: Intent | 'unknown'): IntentOutcomes => {
    let found = rows.get(intent);
    if (!found) {
      const results = Object.fromEntries([...OUTCOME_RESULTS, 'pending'].map((k) => [k, 0])) as Record<OutcomeColumn, number>;
      found = { intent, posts: 0, results };
      rows.set(intent, found);
    }
    return found;
  };
  for (const [key, outcome] of latest) {
    const target = row(posts.get(key)?.intent ?? 'unknown');
    target.posts += 1;
    target.results[outcome.result] += 1;
  }
  for (const key of replied) {
    if (latest.has(key)) continue;
    const target = row(posts.get(key)?.intent ?? 'unknown');
    target.posts += 1;
    target.results.pending += 1;
  }
  const order = [...INTENTS, 'unknown'] as const;
  const sorted = [...rows.values()].sort((a, b) => order.indexOf(a.intent) - order.indexOf(b.intent));
  return { rows: sorted, sentence: describe(sorted) };
}

/**
 * The same matrix from outcome rows that carry their post's intent, labels and whether it was
 * replied to, plus how many posts of each intent were replied to in the range (activity tallies).
 * "Pending" is replies of that intent without a recorded outcome.
 */
export function intentOutcomesFromStored(
  outcomes: readonly Outcome[],
  repliesByIntent: ReadonlyMap<Intent | 'unknown', number>,
  filter: MetricFilter = {},
): OutcomeMatrix {
  const rows = new Map<Intent | 'unknown', IntentOutcomes>();
  const row = (intent: Intent | 'unknown'): IntentOutcomes => {
    let found = rows.get(intent);
    if (!found) {
      const results = Object.fromEntries([...OUTCOME_RESULTS, 'pending'].map((k) => [k, 0])) as Record<OutcomeColumn, number>;
      found = { intent, posts: 0, results };
      rows.set(intent, found);
    }
    return found;
  };
  const closedAfterReply = new Map<Intent | 'unknown', number>();
  for (const outcome of outcomes) {
    if (!matchesFilter({ at: outcome.at, site: outcome.site, labels: outcome.labels ?? [] }, filter)) continue;
    const intent = outcome.intent ?? 'unknown';
    const target = row(intent);
    target.posts += 1;
    target.results[outcome.result] += 1;
    if (outcome.replied) closedAfterReply.set(intent, (closedAfterReply.get(intent) ?? 0) + 1);
  }
  for (const [intent, replies] of repliesByIntent) {
    const pending = Math.max(0, replies - (closedAfterReply.get(intent) ?? 0));
    if (pending === 0) continue;
    const target = row(intent);
    target.posts += pending;
    target.results.pending += pending;
  }
  const order = [...INTENTS, 'unknown'] as const;
  const sorted = [...rows.values()].sort((a, b) => order.indexOf(a.intent) - order.indexOf(b.intent));
  return { rows: sorted, sentence: describe(sorted) };
}

function describe(rows: readonly IntentOutcomes[]): string {
  if (rows.length === 0) {
    return 'No outcomes yet. After replying, mark how it ended (thanked, resolved, handed to support) or that no reply was needed.';
  }
  const complaints = rows.find((row) => row.intent === 'complaint');
  const parts: string[] = [];
  if (complaints) {
    const ok = complaints.results.resolved + complaints.results['handed-off'] + complaints.results.thanked;
    parts.push(`${ok} of ${complaints.posts} complaints you took up were resolved, handed on or thanked you`);
  }
  const questions = rows.find((row) => row.intent === 'question');
  if (questions) {
    const ok = questions.results.answered + questions.results.resolved + questions.results.thanked;
    parts.push(`${ok} of ${questions.posts} questions ended answered`);
  }
  const pending = rows.reduce((sum, row) => sum + row.results.pending, 0);
  const lead = parts.length > 0 ? `${parts.join('; ')}.` : 'Outcomes by intent are below.';
  return `${lead} Good looks like few "pending" and "ignored": follow up where you replied, and count "no reply needed" as a good decision.${pending > 0 ? ` ${pending} replies have no outcome yet.` : ''}`;
}
