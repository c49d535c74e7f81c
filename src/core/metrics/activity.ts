// Daily activity tallies: what the person did, per (UTC day, site, label), folded from journal
// events as they are written. Label "" holds every event once, whatever its labels, so totals
// never double count. The dashboard reads a few thousand of these instead of every event.
//
// "First" is per post: a post listened to three times counts once; its first reply is the one
// timed; a draft copied and then inserted is one reply.
import type { EventKind, JournalEvent } from '../journal';
import type { Intent, SiteId } from '../model';
import { asksOf } from './give-ask';
import { firedRules } from './draft-checks';
import { LISTEN_KINDS, SPEAK_KINDS } from './listen-speak';
import { isPractice, postKey } from './filter';
import type { PostFacts } from './reply-time';

export const ALL_LABELS = '';

export interface ReplyTiming {
  ms: number;
  intent?: Intent;
}

export interface ActivityTally {
  day: number;
  site: SiteId;
  /** A watch label, or "" for all events of the day and site. */
  label: string;
  /** Events per kind. */
  kinds: Partial<Record<EventKind, number>>;
  /** Posts listened to (or closed as "no reply needed") for the first time. */
  listened: number;
  /** Time from noticing to the first reply, one entry per post replied to. */
  replies: ReplyTiming[];
  /** Replies (distinct drafts) that asked nothing / asked something. */
  give: number;
  ask: number;
  askCues: Record<string, number>;
  /** Draft checks and the rules that fired on them. */
  checks: number;
  rules: Record<string, number>;
}

/** What is already known about a post when its events arrive. */
export interface PostHistory {
  /** Earliest time anything about the post reached the journal. */
  noticed: number;
  listened: boolean;
  replied: boolean;
  /** Drafts already counted as replies (give or ask). */
  drafts: Set<string>;
}

export function emptyActivity(day: number, site: SiteId, label: string): ActivityTally {
  return { day, site, label, kinds: {}, listened: 0, replies: [], give: 0, ask: 0, askCues: {}, checks: 0, rules: {} };
}

export function activityKey(day: number, site: SiteId, label: string): string {
  return `${day}\u0000${site}\u0000${label}`;
}

export function historyOf(events: Iterable<JournalEvent>, posts: ReadonlyMap<string, PostFacts>): Map<string, PostHistory> {
  const history = new Map<string, PostHistory>();
  const sorted = [...events].sort((a, b) => a.at - b.at);
  foldEvents(sorted, history, posts);
  return history;
}

export interface FoldResult {
  tallies: Map<string, ActivityTally>;
  /** Per post: whether this fold saw its first listen and first reply (for people counts). */
  firsts: Map<string, { listened: boolean; replied: boolean; at: number }>;
}

/**
 * Folds events (in the order they reached the journal) into activity tallies, updating
 * `history` as it goes. `posts` gives first-seen times and intents where the post is known.
 */
export function foldEvents(
  events: readonly JournalEvent[],
  history: Map<string, PostHistory>,
  posts: ReadonlyMap<string, PostFacts>,
): FoldResult {
  const tallies = new Map<string, ActivityTally>();
  const firsts = new Map<string, { listened: boolean; replied: boolean; at: number }>();
  const touch = (event: JournalEvent, change: (tally: ActivityTally) => void): void => {
    for (const label of [ALL_LABELS, ...new Set(event.labels)]) {
      const key = activityKey(event.day, event.site, label);
      const tally = tallies.get(key) ?? emptyActivity(event.day, event.site, label);
      change(tally);
      tallies.set(key, tally);
    }
  };
  for (const event of events) {
    if (isPractice(event)) continue;
    const key = postKey(event.site, event.postId);
    const facts = posts.get(key);
    let post = history.get(key);
    if (!post) {
      post = { noticed: Math.min(event.at, facts?.firstSeen ?? Infinity), listened: false, replied: false, drafts: new Set() };
      history.set(key, post);
    }
    post.noticed = Math.min(post.noticed, event.at, facts?.firstSeen ?? Infinity);
    const first = firsts.get(key) ?? { listened: false, replied: false, at: 0 };
    touch(event, (tally) => {
      tally.kinds[event.kind] = (tally.kinds[event.kind] ?? 0) + 1;
    });
    if (LISTEN_KINDS.includes(event.kind) && !post.listened) {
      post.listened = true;
      first.listened = true;
      first.at = Math.max(first.at, event.at);
      touch(event, (tally) => {
        tally.listened += 1;
      });
    }
    if (SPEAK_KINDS.includes(event.kind)) {
      const draft = String(event.data?.draftId ?? event.id);
      if (!post.drafts.has(draft)) {
        post.drafts.add(draft);
        const asks = asksOf(event);
        touch(event, (tally) => {
          if (asks.length === 0) tally.give += 1;
          else tally.ask += 1;
          for (const cue of new Set(asks)) tally.askCues[cue] = (tally.askCues[cue] ?? 0) + 1;
        });
      }
      if (!post.replied) {
        post.replied = true;
        first.replied = true;
        first.at = Math.max(first.at, event.at);
        const timing: ReplyTiming = { ms: Math.max(0, event.at - post.noticed) };
        if (facts?.intent) timing.intent = facts.intent;
        touch(event, (tally) => {
          tally.replies.push({ ...timing });
        });
      }
    }
    if (event.kind === 'draft-checked') {
      const rules = firedRules(event);
      touch(event, (tally) => {
        tally.checks += 1;
        for (const rule of rules) tally.rules[rule] = (tally.rules[rule] ?? 0) + 1;
      });
    }
    if (first.listened || first.replied) firsts.set(key, first);
  }
  return { tallies, firsts };
}

/** stored + delta for the same key. */
export function addActivity(stored: ActivityTally | undefined, delta: ActivityTally): ActivityTally {
  if (!stored) return delta;
  const sum = emptyActivity(delta.day, delta.site, delta.label);
  const addCounts = <K extends string>(a: Partial<Record<K, number>>, b: Partial<Record<K, number>>): Partial<Record<K, number>> => {
    const out: Partial<Record<K, number>> = { ...a };
    for (const [k, n] of Object.entries(b) as [K, number][]) out[k] = (out[k] ?? 0) + n;
    return out;
  };
  sum.kinds = addCounts(stored.kinds, delta.kinds);
  sum.listened = stored.listened + delta.listened;
  sum.replies = [...stored.replies, ...delta.replies];
  sum.give = stored.give + delta.give;
  sum.ask = stored.ask + delta.ask;
  sum.askCues = addCounts(stored.askCues, delta.askCues) as Record<string, number>;
  sum.checks = stored.checks + delta.checks;
  sum.rules = addCounts(stored.rules, delta.rules) as Record<string, number>;
  return sum;
}
