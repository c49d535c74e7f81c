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

export const SCHEMA_VERSIONS = [{ version: 1, stores: SCHEMA_V1 }] as const;
export const CURRENT_VERSION = 1;
