import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Draft } from '../core/journal';
import { HearkenDB } from '../db/database';
import { openDraftFor, saveDraft } from './drafts';

let n = 0;
const dbs: HearkenDB[] = [];
function freshDb(): HearkenDB {
  const db = new HearkenDB(`drafts-test-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const draft = (over: Partial<Draft> = {}): Draft => ({
  id: 'd1',
  site: 'x',
  postId: '1991463027471286275',
  text: 'Hi Dana, the export is under Settings → Data.',
  status: 'open',
  createdAt: 1000,
  updatedAt: 1000,
  ...over,
});

describe('drafts', () => {
  it('keeps the open draft of a post and returns the latest edit', async () => {
    const db = freshDb();
    expect(await saveDraft(db, draft())).toBe(true);
    expect(await saveDraft(db, draft({ text: 'Hi Dana! Export lives under Settings → Data.', updatedAt: 2000 }))).toBe(true);
    expect((await openDraftFor(db, 'x', '1991463027471286275'))?.text).toBe('Hi Dana! Export lives under Settings → Data.');
  });

  it('does not let an older save overwrite a newer one', async () => {
    const db = freshDb();
    await saveDraft(db, draft({ text: 'newer', updatedAt: 3000 }));
    expect(await saveDraft(db, draft({ text: 'older', updatedAt: 2000 }))).toBe(false);
    expect((await openDraftFor(db, 'x', '1991463027471286275'))?.text).toBe('newer');
  });

  it('forgets a draft once it is inserted or discarded, and keeps a 1 MB paste whole', async () => {
    const db = freshDb();
    const big = 'ä'.repeat(1_000_000);
    await saveDraft(db, draft({ text: big, updatedAt: 2000 }));
    expect((await openDraftFor(db, 'x', '1991463027471286275'))?.text.length).toBe(1_000_000);
    await saveDraft(db, draft({ text: big, status: 'inserted', updatedAt: 3000 }));
    expect(await openDraftFor(db, 'x', '1991463027471286275')).toBeUndefined();
    await saveDraft(db, draft({ id: 'd2', status: 'discarded', updatedAt: 4000 }));
    expect(await openDraftFor(db, 'x', '1991463027471286275')).toBeUndefined();
  });
});
