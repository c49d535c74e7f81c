// The typed message map: every request and response has a schema, checked on both ends.
import * as v from 'valibot';
import { INTENTS, SENTIMENTS, SITE_IDS } from '../core/model';
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

export const PageHealthSchema = v.object({
  ok: v.boolean(),
  found: v.number(),
  problems: v.array(v.string()),
});
export type PageHealth = v.InferOutput<typeof PageHealthSchema>;

const empty = v.strictObject({});

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
  'journal/count': {
    request: empty,
    response: v.object({ events: v.number() }),
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
