// The reply being written, kept in the journal's drafts table until it is inserted or
// discarded, so closing the panel, a reload or a stopped worker loses nothing.
import type { Draft } from '../core/journal';
import type { SiteId } from '../core/model';
import type { HearkenDB } from '../db/database';

/** Saves a draft unless a newer version of it is already stored (answers arrive out of order). */
export async function saveDraft(db: HearkenDB, draft: Draft): Promise<boolean> {
  return db.transaction('rw', db.drafts, async () => {
    const stored = await db.drafts.get(draft.id);
    if (stored && stored.updatedAt > draft.updatedAt) return false;
    await db.drafts.put(draft);
    return true;
  });
}

/** The open draft for a post, the most recently edited one when there are several. */
export async function openDraftFor(db: HearkenDB, site: SiteId, postId: string): Promise<Draft | undefined> {
  const drafts = await db.drafts.where('[site+postId]').equals([site, postId]).toArray();
  return drafts.filter((draft) => draft.status === 'open').sort((a, b) => b.updatedAt - a.updatedAt)[0];
}
