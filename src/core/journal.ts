// The journal's shapes: what the content script, the service worker and the UI say about a
// person's listening and replying. Pure data and valibot schemas; storage lives in src/db.
import * as v from 'valibot';
import { INTENTS, SENTIMENTS, SITE_IDS } from './model';
import type { Author, Intent, Sentiment, SiteId } from './model';

export const EVENT_KINDS = [
  'seen',
  'opened',
  'listened',
  'need-named',
  'template-chosen',
  'draft-checked',
  'inserted',
  'copied',
  'no-reply-needed',
  'outcome',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Events the person made by acting; retention never deletes these. */
export const USER_EVENT_KINDS: readonly EventKind[] = EVENT_KINDS.filter((kind) => kind !== 'seen');

export const OUTCOME_RESULTS = [
  'thanked',
  'resolved',
  'answered',
  'ignored',
  'escalated',
  'went-badly',
  'handed-off',
  'no-reply-needed',
] as const;
export type OutcomeResult = (typeof OUTCOME_RESULTS)[number];

const nonEmpty = v.pipe(v.string(), v.minLength(1, 'must not be empty'));
const epochMs = v.pipe(v.number(), v.integer('must be whole milliseconds'), v.minValue(0, 'must not be negative'));

export const SiteIdSchema = v.picklist(SITE_IDS, 'must be a known site id');

export const AuthorSchema = v.object({
  name: v.string(),
  handle: v.optional(v.string()),
  url: v.optional(v.string()),
});

export const JournalEventInputSchema = v.object({
  /** Idempotency key chosen by the sender: sending the same event twice stores it once. */
  id: nonEmpty,
  kind: v.picklist(EVENT_KINDS, 'must be a known event kind'),
  at: epochMs,
  site: SiteIdSchema,
  postId: v.string(),
  labels: v.array(v.string()),
  data: v.optional(v.record(v.string(), v.unknown())),
});

export interface JournalEventInput {
  id: string;
  kind: EventKind;
  at: number;
  site: SiteId;
  postId: string;
  labels: string[];
  data?: Record<string, unknown>;
}

export const SeenPostInputSchema = v.object({
  site: SiteIdSchema,
  id: nonEmpty,
  permalink: v.optional(v.string()),
  author: AuthorSchema,
  text: v.string(),
  labels: v.array(v.string()),
  intent: v.optional(v.picklist(INTENTS)),
  sentiment: v.optional(v.picklist(SENTIMENTS)),
  lang: v.optional(v.string()),
  at: epochMs,
});

export interface SeenPostInput {
  site: SiteId;
  id: string;
  permalink?: string;
  author: Author;
  text: string;
  labels: string[];
  intent?: Intent;
  sentiment?: Sentiment;
  lang?: string;
  /** When it was seen (ms epoch). */
  at: number;
}

/** A stored journal event: the input plus `day` (UTC day number) for by-day queries. */
export interface JournalEvent extends JournalEventInput {
  day: number;
}

/** A stored post: the latest snapshot, labels merged over every sighting. */
export interface SeenPost {
  site: SiteId;
  id: string;
  permalink?: string;
  author: Author;
  /** `${site}:${handle or name}`, the key of the person in the people table. */
  authorKey: string;
  text: string;
  labels: string[];
  intent?: Intent;
  sentiment?: Sentiment;
  lang?: string;
  firstSeen: number;
  lastSeen: number;
  seenCount: number;
}

export const DRAFT_STATUSES = ['open', 'inserted', 'discarded'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

/** A reply being written; kept until inserted or discarded. */
export interface Draft {
  id: string;
  site: SiteId;
  postId: string;
  text: string;
  templateId?: string;
  status: DraftStatus;
  createdAt: number;
  updatedAt: number;
}

/** Someone who posts about the watched topics. */
export interface Person {
  key: string;
  site: SiteId;
  name: string;
  handle?: string;
  url?: string;
  /** Distinct watched posts of theirs that were seen. */
  posts: number;
  labels: string[];
  firstSeen: number;
  lastSeen: number;
  /** Their posts the person listened to, and replied to (counted as events are written). */
  listened?: number;
  replied?: number;
  /** Last time the person listened or replied to them. */
  lastContact?: number;
}

/** How a conversation ended, one per post (the latest wins). */
export interface Outcome {
  site: SiteId;
  postId: string;
  result: OutcomeResult;
  at: number;
  eventId: string;
  note?: string;
  /** Copied from the post when the outcome was written, so the chart needs no join. */
  intent?: Intent;
  labels?: string[];
  /** Whether a reply had been inserted or copied for the post by then. */
  replied?: boolean;
}

const DAY_MS = 86_400_000;

export function dayOf(at: number): number {
  return Math.floor(at / DAY_MS);
}

export function authorKey(site: SiteId, author: Author): string {
  const who = author.handle && author.handle.length > 0 ? author.handle : author.name;
  return `${site}:${who.toLocaleLowerCase('und')}`;
}

export type JournalInputResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

function describeIssues(issues: readonly v.BaseIssue<unknown>[], prefix = ''): string[] {
  return issues.map((issue) => `${prefix}${v.getDotPath(issue) ?? '(top level)'}: ${issue.message}`);
}

export function parseJournalEvents(input: unknown): JournalInputResult<JournalEventInput[]> {
  const result = v.safeParse(v.array(JournalEventInputSchema), input);
  if (result.success) return { ok: true, value: result.output as JournalEventInput[] };
  return { ok: false, errors: describeIssues(result.issues, 'events.') };
}

export function parseSeenPosts(input: unknown): JournalInputResult<SeenPostInput[]> {
  const result = v.safeParse(v.array(SeenPostInputSchema), input);
  if (result.success) return { ok: true, value: result.output as SeenPostInput[] };
  return { ok: false, errors: describeIssues(result.issues, 'posts.') };
}
