// "Clear all data": empties every table in one transaction (the UI asks for confirmation first).
import type { HearkenDB } from './database';
import { toStorageError } from './errors';
import type { StorageError } from './errors';

export async function clearAllData(db: HearkenDB): Promise<{ ok: true } | { ok: false; error: StorageError }> {
  try {
    await db.transaction('rw', db.tables, async () => {
      await Promise.all(db.tables.map((table) => table.clear()));
    });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: toStorageError(error) };
  }
}
