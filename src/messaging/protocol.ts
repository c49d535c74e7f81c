// The typed message map: every request and response has a schema, checked on both ends.
import * as v from 'valibot';
import { INTENTS, JUDGED_CHARS, SENTIMENTS, SITE_IDS } from '../core/model';
import { JournalEventInputSchema, SeenPostInputSchema } from '../core/journal';

const AuthorSchema = v.object({
  name: v.string(),
  handle: v.optional(v.string()),
  url: v.optional(v.string()),
});

/** What the content script tells the popup about one matched post. */
export const PagePostSchema = v.object({
  id: v.string(),
  site: v.picklist(SITE_IDS),
  kind: v.picklist(['post', 'comment', 'reply']),
  author: AuthorSchema,
  snippet: v.string(),
  permalink: v.optional(v.string()),
  labels: v.array(v.string()),
  matches: v.array(v.object({ label: v.string(), term: v.string(), surface: v.string() })),
  intent: v.object({ label: v.picklist(INTENTS), score: v.number(), cues: v.array(v.string()) }),
  sentiment: v.object({ label: v.picklist(SENTIMENTS), score: v.number(), cues: v.array(v.string()) }),
});
export type PagePost = v.InferOutput<typeof PagePostSchema>;

/** src/sites/page-health.ts HealthIssue: what the popup words in the UI language. */
export const HealthIssueSchema = v.union([
  v.object({ code: v.picklist(['no-posts', 'no-authors', 'no-text']) }),
  v.object({ code: v.literal('unreadable'), count: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
]);

export const PageHealthSchema = v.object({
  ok: v.boolean(),
  found: v.number(),
  /** English, as `hearken scan` says it. */
  problems: v.array(v.string()),
  issues: v.array(HealthIssueSchema),
});
export type PageHealth = v.InferOutput<typeof PageHealthSchema>;

const empty = v.strictObject({});

const CueSchema = v.object({ text: v.string(), signal: v.string() });

/** One post of a thread as the adapter reads it, with what the engine says about it. */
export const ThreadPostSchema = v.object({
  id: v.string(),
  site: v.picklist(SITE_IDS),
  kind: v.picklist(['post', 'comment', 'reply']),
  author: AuthorSchema,
  text: v.string(),
  time: v.optional(v.string()),
  permalink: v.optional(v.string()),
  parent: v.optional(v.string()),
  lang: v.string(),
  labels: v.array(v.string()),
  intent: v.object({ label: v.picklist(INTENTS), score: v.number(), cues: v.array(CueSchema) }),
  sentiment: v.object({ label: v.picklist(SENTIMENTS), score: v.number(), cues: v.array(CueSchema) }),
});
export type ThreadPost = v.InferOutput<typeof ThreadPostSchema>;

/** What inserting a draft into the site's reply box came to. */
export const INSERT_RESULTS = ['inserted', 'added-after-text', 'no-box', 'post-gone', 'not-accepted'] as const;
export type InsertResult = (typeof INSERT_RESULTS)[number];

/** A draft longer than this is never sent anywhere: no reply box takes it. */
export const MAX_DRAFT_CHARS = 2_000_000;

export const DraftSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  site: v.picklist(SITE_IDS),
  postId: v.string(),
  text: v.pipe(v.string(), v.maxLength(MAX_DRAFT_CHARS)),
  templateId: v.optional(v.string()),
  status: v.picklist(['open', 'inserted', 'discarded']),
  createdAt: v.number(),
  updatedAt: v.number(),
});

/** Longest text the worker classifies for a content script; a longer post is judged by its start. */
export const MAX_UNDERSTAND_CHARS = JUDGED_CHARS;
/** Most texts in one request to classify. */
export const MAX_UNDERSTAND_POSTS = 100;

const FullCueSchema = v.object({
  text: v.string(),
  signal: v.string(),
  start: v.optional(v.number()),
  end: v.optional(v.number()),
  weight: v.optional(v.number()),
});

/** Requests the service worker answers. */
export const workerMessages = {
  'journal/append': {
    request: v.strictObject({ events: v.pipe(v.array(JournalEventInputSchema), v.maxLength(1000)) }),
    response: v.object({ stored: v.number() }),
  },
  'posts/seen': {
    request: v.strictObject({ posts: v.pipe(v.array(SeenPostInputSchema), v.maxLength(1000)) }),
    response: v.object({ stored: v.number() }),
  },
  // What a content script's outbox gathered: the seen posts and the events, in one message.
  'journal/record': {
    request: v.strictObject({
      posts: v.pipe(v.array(SeenPostInputSchema), v.maxLength(1000)),
      events: v.pipe(v.array(JournalEventInputSchema), v.maxLength(1000)),
    }),
    response: v.object({ stored: v.number() }),
  },
  'journal/count': {
    request: empty,
    response: v.object({ events: v.number() }),
  },
  /** The few words a content script writes into the page, in the language chosen in Hearken (none: the browser's). */
  'page/strings': {
    request: v.strictObject({ keys: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[A-Za-z_]{1,60}$/))), v.maxLength(40)) }),
    response: v.object({ strings: v.record(v.string(), v.string()) }),
  },
  /** Intent and sentiment of matched posts: the classifier lives in the worker, not in every page. */
  'page/understand': {
    request: v.strictObject({
      posts: v.pipe(
        v.array(v.strictObject({ text: v.pipe(v.string(), v.maxLength(MAX_UNDERSTAND_CHARS)), lang: v.pipe(v.string(), v.maxLength(35)) })),
        v.maxLength(MAX_UNDERSTAND_POSTS),
      ),
    }),
    response: v.object({
      results: v.array(
        v.object({
          intent: v.object({ label: v.picklist(INTENTS), score: v.number(), cues: v.array(FullCueSchema) }),
          sentiment: v.object({ label: v.picklist(SENTIMENTS), score: v.number(), cues: v.array(FullCueSchema) }),
        }),
      ),
    }),
  },
  'coach/open': {
    request: v.strictObject({ site: v.picklist(SITE_IDS), postId: v.string(), tabId: v.optional(v.number()) }),
    response: v.object({ opened: v.picklist(['side-panel', 'tab']) }),
  },
  'draft/save': {
    request: v.strictObject({ draft: DraftSchema }),
    response: v.object({ saved: v.boolean() }),
  },
  'draft/get': {
    request: v.strictObject({ site: v.picklist(SITE_IDS), postId: v.string() }),
    response: v.object({ draft: v.optional(DraftSchema) }),
  },
  /** After the popup got the origin granted: register the content script there and run it in the tab. */
  'sites/watch': {
    request: v.strictObject({ origin: v.pipe(v.string(), v.maxLength(300)), tabId: v.optional(v.number()) }),
    response: v.object({ watched: v.array(v.string()) }),
  },
  'sites/unwatch': {
    request: v.strictObject({ origin: v.pipe(v.string(), v.maxLength(300)) }),
    response: v.object({ watched: v.array(v.string()) }),
  },
  'sites/watched': {
    request: empty,
    response: v.object({ watched: v.array(v.string()) }),
  },
} as const;

/** Requests a content script answers (sent by the popup or side panel to one tab). */
export const tabMessages = {
  'page/posts': {
    request: empty,
    response: v.object({
      site: v.picklist(SITE_IDS),
      siteLabel: v.string(),
      posts: v.array(PagePostSchema),
      health: PageHealthSchema,
    }),
  },
  'page/reveal': {
    request: v.strictObject({ postId: v.string() }),
    response: v.object({ found: v.boolean() }),
  },
  'page/thread': {
    request: v.strictObject({ postId: v.string() }),
    response: v.variant('found', [
      v.object({ found: v.literal(false) }),
      v.object({
        found: v.literal(true),
        site: v.picklist(SITE_IDS),
        siteLabel: v.string(),
        post: ThreadPostSchema,
        thread: v.array(ThreadPostSchema),
      }),
    ]),
  },
  'page/insert': {
    request: v.strictObject({ postId: v.string(), text: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_DRAFT_CHARS)) }),
    response: v.object({ result: v.picklist(INSERT_RESULTS) }),
  },
  'page/focused-post': {
    request: empty,
    response: v.object({ postId: v.optional(v.string()) }),
  },
} as const;

type MessageMap = Record<string, { request: v.GenericSchema; response: v.GenericSchema }>;
export type RequestOf<M extends MessageMap, K extends keyof M> = v.InferOutput<M[K]['request']>;
export type ResponseOf<M extends MessageMap, K extends keyof M> = v.InferOutput<M[K]['response']>;
export type WorkerMessages = typeof workerMessages;
export type TabMessages = typeof tabMessages;

/** Every message travels in this envelope, so stray messages from elsewhere are easy to tell apart. */
export const EnvelopeSchema = v.strictObject({
  hearken: v.literal(1),
  type: v.string(),
  payload: v.unknown(),
});
export type Envelope = v.InferOutput<typeof EnvelopeSchema>;

export const ERROR_CODES = ['invalid', 'unknown-type', 'forbidden', 'failed', 'quota', 'unavailable'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Answers are values: never a thrown string across the boundary. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };

export const ReplySchema = v.variant('ok', [
  v.object({ ok: v.literal(true), data: v.unknown() }),
  v.object({ ok: v.literal(false), error: v.object({ code: v.picklist(ERROR_CODES), message: v.string() }) }),
]);

export function failure(code: ErrorCode, message: string): Reply<never> {
  return { ok: false, error: { code, message } };
}

/** "events.0.kind: Invalid type" style summary of a schema failure. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${v.getDotPath(issue) ?? '(message)'}: ${issue.message}`)
    .join('; ');
}
