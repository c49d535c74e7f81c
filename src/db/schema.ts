// Every schema version the journal has had, as data, so migration tests can build a database
// exactly as an earlier release left it. Never edit a released version: add a new one.

export const DATABASE_NAME = 'hearken';

/** Version 1: the first release. */
export const SCHEMA_V1 = {
  events: 'id, at, kind, site, postId, [kind+at], *labels',
  posts: '[site+id], firstSeen, lastSeen, authorKey, *labels',
  drafts: 'id, [site+postId], status, updatedAt',
  people: 'key, site, posts, lastSeen',
  outcomes: '[site+postId], at, result',
  practice: 'id, at, kind',
  meta: 'key',
} as const;

/**
 * Version 2: daily mention tallies per (UTC day, site, label), kept up to date as posts are seen,
 * so the mentions chart reads a few thousand tallies instead of every post, and mention history
 * outlives the retention of post text. The upgrade builds them from the posts already stored.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  tallies: '[day+site+label], day, label',
} as const;

/**
 * Version 3: daily activity tallies (listens, replies with their timing, give/ask, draft-check
 * rules) per (UTC day, site, label), and engagement counts on people, both folded from events as
 * they are written: over 100,000 events, reading the raw events made the dashboard take seconds.
 * The upgrade folds the events already stored.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  activity: '[day+site+label], [label+day]',
} as const;

/**
 * Version 4: daily "voices" per (UTC day, site, label): posts per author and the person's first
 * listens and replies per author, so the people card follows the date range and watch item by
 * reading a few hundred rows; reading the posts and events of a 90-day range took seconds at
 * 100,000 events. Derived: never exported, built again on upgrade and import.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  voices: '[day+site+label], [label+day]',
} as const;

export const SCHEMA_VERSIONS = [
  { version: 1, stores: SCHEMA_V1 },
  { version: 2, stores: SCHEMA_V2 },
  { version: 3, stores: SCHEMA_V3 },
  { version: 4, stores: SCHEMA_V4 },
] as const;
export const CURRENT_VERSION = 4;

/** Tables in the current version that exports carry, in the order they list them (voices are derived). */
export const TABLE_NAMES = ['events', 'posts', 'drafts', 'people', 'outcomes', 'tallies', 'activity', 'practice', 'meta'] as const;
export type TableName = (typeof TABLE_NAMES)[number];
