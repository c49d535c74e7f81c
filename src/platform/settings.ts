// The person's settings, in storage.local and (where they fit) storage.sync: see settings-store.ts
// for what goes where and how the two copies are reconciled.
import { localArea, onStorageChanged, syncArea } from './browser';
import { createSettingsStore, stampKey, type SettingsStore, type SyncOutcome } from './settings-store';

export type { SyncOutcome } from './settings-store';

let store: SettingsStore | null = null;

function settings(): SettingsStore {
  if (!store) {
    let sync: ReturnType<typeof syncArea> = null;
    try {
      sync = syncArea();
    } catch {
      sync = null;
    }
    store = createSettingsStore({ local: localArea, sync });
  }
  return store;
}

/** The newer of the local and synced copies; a sync that cannot be read falls back to local. */
export async function readSetting<T = unknown>(key: string): Promise<T | undefined> {
  const outcome = await settings().read<T>(key);
  if (outcome.syncError) console.warn(`[hearken] storage.sync could not be read, using this device's copy: ${outcome.syncError}`);
  return outcome.value;
}

/** Saves on this device (throws when even that fails) and to sync where it fits; says whether it synced. */
export function writeSetting(key: string, value: unknown): Promise<SyncOutcome> {
  return settings().write(key, value);
}

/**
 * Calls back when the setting changed in either area (a save here, or one synced from another
 * browser); read it again with readSetting to get the copy that wins.
 */
export function onSettingChanged(key: string, listener: () => void): () => void {
  return onStorageChanged((changes) => {
    if (changes[key] || changes[stampKey(key)]) listener();
  });
}
