// Settings kept in two storage areas: storage.local always (the copy that is never lost) and
// storage.sync when the value fits its per-item quota, so it follows the person to their other
// browsers. Each write stamps both copies with the same time; a read takes the newer copy, so a
// sync write that failed (quota, rate limit, sync turned off) never hides a newer local save, and
// a save made in another browser wins over an older local one.
//
// What goes where: the UI language override and the playbook use this store. The playbook (with
// its persona, watch items, templates and sites on/off) is synced only while its JSON fits the
// 8 KB per-item quota; a larger one stays on this device and the options page says so. It is not
// split across several sync items: sync's write limits and partial writes could leave a mix of
// two versions, and teams share big playbooks as a file anyway.

export interface StorageAreaLike {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM (Chrome and Firefox): key plus JSON value, in bytes. */
export const SYNC_ITEM_QUOTA_BYTES = 8192;

export type SyncOutcome =
  | { synced: true }
  | { synced: false; reason: 'too-large'; bytes: number; limit: number }
  | { synced: false; reason: 'unavailable'; detail: string };

export interface ReadOutcome<T> {
  value: T | undefined;
  /** Where the value came from (undefined when neither area holds it). */
  from: 'local' | 'sync' | undefined;
  /** Why sync could not be read, when it could not. */
  syncError?: string;
}

/** The key holding when a setting was last written (milliseconds since the epoch). */
export const stampKey = (key: string): string => `${key}SavedAt`;

export function syncItemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

function stampOf(found: Record<string, unknown>, key: string): number {
  const at = found[stampKey(key)];
  return typeof at === 'number' && Number.isFinite(at) ? at : 0;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createSettingsStore(areas: { local: StorageAreaLike; sync: StorageAreaLike | null }, now: () => number = Date.now) {
  async function read<T = unknown>(key: string): Promise<ReadOutcome<T>> {
    const keys = [key, stampKey(key)];
    const local = await areas.local.get(keys);
    let sync: Record<string, unknown> = {};
    let syncError: string | undefined;
    if (areas.sync) {
      try {
        sync = await areas.sync.get(keys);
      } catch (error) {
        syncError = message(error);
      }
    }
    const inLocal = local[key] !== undefined;
    const inSync = sync[key] !== undefined;
    const extra = syncError === undefined ? {} : { syncError };
    // Equal stamps are the same save; local is preferred then (no network copy involved).
    if (inSync && (!inLocal || stampOf(sync, key) > stampOf(local, key))) return { value: sync[key] as T, from: 'sync', ...extra };
    if (inLocal) return { value: local[key] as T, from: 'local', ...extra };
    return { value: undefined, from: undefined, ...extra };
  }

  /** Saves locally (errors propagate: nothing was saved), then to sync where it fits. */
  async function write(key: string, value: unknown): Promise<SyncOutcome> {
    const items = { [key]: value, [stampKey(key)]: now() };
    await areas.local.set(items);
    if (!areas.sync) return { synced: false, reason: 'unavailable', detail: 'this browser has no storage.sync' };
    const bytes = syncItemBytes(key, value);
    try {
      if (bytes > SYNC_ITEM_QUOTA_BYTES) {
        // An older copy left in sync would come back in the other browsers: drop it.
        await areas.sync.remove([key, stampKey(key)]);
        return { synced: false, reason: 'too-large', bytes, limit: SYNC_ITEM_QUOTA_BYTES };
      }
      await areas.sync.set(items);
      return { synced: true };
    } catch (error) {
      return { synced: false, reason: 'unavailable', detail: message(error) };
    }
  }

  return { read, write };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
