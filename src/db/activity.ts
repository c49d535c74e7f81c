// Folds newly written events into the daily activity tallies and people's engagement counts,
// and the daily voices, inside the caller's transaction (events, posts, activity, people, voices).
import type { JournalEvent, SeenPost } from '../core/journal';
import { addActivity, foldEvents, historyOf } from '../core/metrics/activity';
import type { ActivityTally, FoldResult, PostHistory } from '../core/metrics/activity';
import { postKey } from '../core/metrics/filter';
import { LISTEN_KINDS, SPEAK_KINDS } from '../core/metrics/listen-speak';
import type { PostFacts } from '../core/metrics/reply-time';
import { eventsOfPosts } from './by-post';
import type { HearkenDB } from './database';
import { contactDeltas, storeVoices } from './voices';

type Facts = Map<string, PostFacts & { authorKey: string }>;

function factsOf(posts: readonly (SeenPost | undefined)[]): Facts {
  const facts: Facts = new Map();
  for (const post of posts) {
    if (!post) continue;
    const fact: PostFacts & { authorKey: string } = { firstSeen: post.firstSeen, authorKey: post.authorKey };
    if (post.intent) fact.intent = post.intent;
    facts.set(postKey(post.site, post.id), fact);
  }
  return facts;
}

/** Call after the fresh events are stored; `fresh` must not yet have been folded. */
export async function foldNewEvents(db: HearkenDB, fresh: readonly JournalEvent[]): Promise<void> {
  if (fresh.length === 0) return;
  const freshIds = new Set(fresh.map((event) => event.id));
  const engaged = fresh.filter((event) => LISTEN_KINDS.includes(event.kind) || SPEAK_KINDS.includes(event.kind));
  const engagedKeys = new Set(engaged.map((event) => postKey(event.site, event.postId)));
  let history = new Map<string, PostHistory>();
  let facts: Facts = new Map();
  if (engagedKeys.size > 0) {
    const ids = [...new Set(engaged.map((event) => event.postId))];
    const earlier = (await eventsOfPosts(db, ids)).filter(
      (event) => !freshIds.has(event.id) && engagedKeys.has(postKey(event.site, event.postId)),
    );
    const pairs = [...engagedKeys].map((key) => key.split('\u0000') as [string, string]);
    facts = factsOf(await db.posts.bulkGet(pairs));
    history = historyOf(earlier, facts);
  }
  const ordered = [...fresh].sort((a, b) => a.at - b.at);
  const result = foldEvents(ordered, history, facts);
  await storeActivity(db, [...result.tallies.values()]);
  await countEngagement(db, result, facts);
  await storeVoices(db, contactDeltas(result.firsts, ordered, (key) => facts.get(key)?.authorKey));
}

export async function storeActivity(db: HearkenDB, deltas: readonly ActivityTally[]): Promise<void> {
  if (deltas.length === 0) return;
  const keys = deltas.map((delta) => [delta.day, delta.site, delta.label] as [number, string, string]);
  const stored = await db.activity.bulkGet(keys);
  await db.activity.bulkPut(deltas.map((delta, index) => addActivity(stored[index], delta)));
}

async function countEngagement(db: HearkenDB, result: FoldResult, facts: Facts): Promise<void> {
  const perPerson = new Map<string, { listened: number; replied: number; last: number }>();
  for (const [key, first] of result.firsts) {
    const author = facts.get(key)?.authorKey;
    if (!author) continue;
    const entry = perPerson.get(author) ?? { listened: 0, replied: 0, last: 0 };
    if (first.listened) entry.listened += 1;
    if (first.replied) entry.replied += 1;
    entry.last = Math.max(entry.last, first.at);
    perPerson.set(author, entry);
  }
  if (perPerson.size === 0) return;
  const keys = [...perPerson.keys()];
  const people = await db.people.bulkGet(keys);
  const updated = people.flatMap((person, index) => {
    const entry = perPerson.get(keys[index] ?? '');
    if (!person || !entry) return [];
    return [
      {
        ...person,
        listened: (person.listened ?? 0) + entry.listened,
        replied: (person.replied ?? 0) + entry.replied,
        lastContact: Math.max(person.lastContact ?? 0, entry.last),
      },
    ];
  });
  if (updated.length > 0) await db.people.bulkPut(updated);
}
