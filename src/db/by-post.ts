// Events of some posts. One equality query per post rather than Dexie's anyOf(): anyOf walks a
// cursor that fake-indexeddb (tests, benchmark) serves by scanning the whole index, which cost
// seconds per batch at 50,000 events; equality ranges are fast everywhere.
import type { JournalEvent } from '../core/journal';
import type { HearkenDB } from './database';

export async function eventsOfPosts(db: HearkenDB, postIds: Iterable<string>): Promise<JournalEvent[]> {
  const lists = await Promise.all([...new Set(postIds)].map((id) => db.events.where('postId').equals(id).toArray()));
  return lists.flat();
}
