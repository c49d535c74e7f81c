// The journal export file: one versioned JSON document holding every table. Validated whole
// before an import touches the database.
import * as v from 'valibot';
import {
  AuthorSchema,
  DRAFT_STATUSES,
  EVENT_KINDS,
  OUTCOME_RESULTS,
  SiteIdSchema,
} from '../core/journal';
import type { Draft, JournalEvent, Outcome, Person, SeenPost } from '../core/journal';
import type { ActivityTally } from '../core/metrics/activity';
import type { MentionTally } from '../core/metrics/mentions';
import { INTENTS, SENTIMENTS } from '../core/model';
import type { MetaRow } from './database';

export const EXPORT_FORMAT = 'hearken-journal';
export const EXPORT_VERSION = 1;

const epochMs = v.pipe(v.number(), v.integer(), v.minValue(0));
const count = v.pipe(v.number(), v.integer());
const nonEmpty = v.pipe(v.string(), v.minLength(1));

const EventRowSchema = v.object({
  id: nonEmpty,
  kind: v.picklist(EVENT_KINDS, 'must be a known event kind'),
  at: epochMs,
  day: count,
  site: SiteIdSchema,
  postId: v.string(),
  labels: v.array(v.string()),
  data: v.optional(v.record(v.string(), v.unknown())),
});

const PostRowSchema = v.object({
  site: SiteIdSchema,
  id: nonEmpty,
  permalink: v.optional(v.string()),
  author: AuthorSchema,
  authorKey: nonEmpty,
  text: v.string(),
  labels: v.array(v.string()),
  intent: v.optional(v.picklist(INTENTS)),
  sentiment: v.optional(v.picklist(SENTIMENTS)),
  lang: v.optional(v.string()),
  firstSeen: epochMs,
  lastSeen: epochMs,
  seenCount: count,
});

const DraftRowSchema = v.object({
  id: nonEmpty,
  site: SiteIdSchema,
  postId: v.string(),
  text: v.string(),
  templateId: v.optional(v.string()),
  status: v.picklist(DRAFT_STATUSES),
  createdAt: epochMs,
  updatedAt: epochMs,
});

const PersonRowSchema = v.object({
  key: nonEmpty,
  site: SiteIdSchema,
  name: v.string(),
  handle: v.optional(v.string()),
  url: v.optional(v.string()),
  posts: count,
  labels: v.array(v.string()),
  firstSeen: epochMs,
  lastSeen: epochMs,
  listened: v.optional(count),
  replied: v.optional(count),
  lastContact: v.optional(epochMs),
});

const OutcomeRowSchema = v.object({
  site: SiteIdSchema,
  postId: v.string(),
  result: v.picklist(OUTCOME_RESULTS),
  at: epochMs,
  eventId: v.string(),
  note: v.optional(v.string()),
  intent: v.optional(v.picklist(INTENTS)),
  labels: v.optional(v.array(v.string())),
  replied: v.optional(v.boolean()),
});

const countsOf = <const K extends readonly string[]>(keys: K) =>
  v.object(Object.fromEntries(keys.map((key) => [key, count])) as { [P in K[number]]: typeof count });

const TallyRowSchema = v.object({
  day: count,
  site: SiteIdSchema,
  label: v.string(),
  total: count,
  sentiment: countsOf([...SENTIMENTS, 'unknown'] as const),
  intent: countsOf([...INTENTS, 'unknown'] as const),
});

const countRecord = v.record(v.string(), count);

const ActivityRowSchema = v.object({
  day: count,
  site: SiteIdSchema,
  label: v.string(),
  kinds: v.record(v.picklist(EVENT_KINDS), count),
  listened: count,
  replies: v.array(v.object({ ms: v.pipe(v.number(), v.minValue(0)), intent: v.optional(v.picklist(INTENTS)) })),
  give: count,
  ask: count,
  askCues: countRecord,
  checks: count,
  rules: countRecord,
});

const MetaRowSchema = v.object({ key: nonEmpty, value: v.unknown() });

export const JournalExportSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  schema: count,
  exportedAt: v.string(),
  tables: v.object({
    events: v.array(EventRowSchema),
    posts: v.array(PostRowSchema),
    drafts: v.array(DraftRowSchema),
    people: v.array(PersonRowSchema),
    outcomes: v.array(OutcomeRowSchema),
    tallies: v.array(TallyRowSchema),
    activity: v.array(ActivityRowSchema),
    practice: v.array(EventRowSchema),
    meta: v.array(MetaRowSchema),
  }),
});

export interface JournalExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** Database schema version the rows were read from. */
  schema: number;
  exportedAt: string;
  tables: {
    events: JournalEvent[];
    posts: SeenPost[];
    drafts: Draft[];
    people: Person[];
    outcomes: Outcome[];
    tallies: MentionTally[];
    activity: ActivityTally[];
    practice: JournalEvent[];
    meta: MetaRow[];
  };
}

export type ParsedExport = { ok: true; file: JournalExport } | { ok: false; message: string; details: string[] };

const MAX_DETAILS = 20;

/** Checks the whole document; nothing is accepted unless every row is valid. */
export function parseJournalExport(text: string): ParsedExport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: 'This file is not complete JSON; it may have been cut off while saving or copying. Nothing was imported.',
      details: [(error as Error).message],
    };
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return {
      ok: false,
      message: 'This is not a Hearken journal export (a playbook or another app’s file?). Nothing was imported.',
      details: ['format: expected "hearken-journal"'],
    };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > EXPORT_VERSION) {
    return {
      ok: false,
      message: `This export was made by a newer Hearken (format ${version}); update Hearken, then import it. Nothing was imported.`,
      details: [`version: ${version} is newer than ${EXPORT_VERSION}`],
    };
  }
  const result = v.safeParse(JournalExportSchema, data);
  if (!result.success) {
    const details = result.issues.slice(0, MAX_DETAILS).map((issue) => `${v.getDotPath(issue) ?? '(top level)'}: ${issue.message}`);
    if (result.issues.length > MAX_DETAILS) details.push(`… and ${result.issues.length - MAX_DETAILS} more`);
    return {
      ok: false,
      message: `This journal export has ${result.issues.length} damaged or unexpected entr${result.issues.length === 1 ? 'y' : 'ies'}, so nothing was imported.`,
      details,
    };
  }
  return { ok: true, file: result.output as JournalExport };
}
