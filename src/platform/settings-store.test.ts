import { describe, expect, it } from 'vitest';
import { createSettingsStore, stampKey, SYNC_ITEM_QUOTA_BYTES, syncItemBytes, type StorageAreaLike } from './settings-store';

class MemoryArea implements StorageAreaLike {
  readonly data = new Map<string, unknown>();
  failGet: string | null = null;
  failSet: string | null = null;

  async get(keys: string[]): Promise<Record<string, unknown>> {
    if (this.failGet) throw new Error(this.failGet);
    const out: Record<string, unknown> = {};
    for (const key of keys) if (this.data.has(key)) out[key] = structuredClone(this.data.get(key));
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failSet) throw new Error(this.failSet);
    for (const [key, value] of Object.entries(items)) this.data.set(key, structuredClone(value));
  }

  async remove(keys: string[]): Promise<void> {
    for (const key of keys) this.data.delete(key);
  }
}

function setup(start = 1000) {
  let clock = start;
  const local = new MemoryArea();
  const sync = new MemoryArea();
  const store = createSettingsStore({ local, sync }, () => clock);
  return { local, sync, store, tick: (ms = 1) => (clock += ms) };
}

describe('settings in storage.local and storage.sync', () => {
  it('writes both copies with one stamp and reads the value back', async () => {
    const { local, sync, store } = setup();
    expect(await store.write('uiLanguage', 'fi')).toEqual({ synced: true });
    expect(local.data.get('uiLanguage')).toBe('fi');
    expect(sync.data.get('uiLanguage')).toBe('fi');
    expect(local.data.get(stampKey('uiLanguage'))).toBe(sync.data.get(stampKey('uiLanguage')));
    expect(await store.read('uiLanguage')).toEqual({ value: 'fi', from: 'local' });
  });

  it('takes a newer save synced from another browser over the older local copy', async () => {
    const { local, sync, store } = setup();
    await store.write('uiLanguage', 'sv');
    sync.data.set('uiLanguage', 'ru');
    sync.data.set(stampKey('uiLanguage'), 5000);
    expect(await store.read('uiLanguage')).toEqual({ value: 'ru', from: 'sync' });
    expect(local.data.get('uiLanguage')).toBe('sv');
  });

  it('keeps a local save when the sync write failed, even though sync holds an older value', async () => {
    const { sync, store, tick } = setup();
    await store.write('playbook', { name: 'old' });
    tick(10);
    sync.failSet = 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded';
    const outcome = await store.write('playbook', { name: 'new' });
    expect(outcome).toEqual({ synced: false, reason: 'unavailable', detail: 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded' });
    expect((await store.read('playbook')).value).toEqual({ name: 'new' });
  });

  it('keeps a value too large for one sync item on this device only and drops the stale synced copy', async () => {
    const { local, sync, store, tick } = setup();
    await store.write('playbook', { name: 'small' });
    tick();
    const large = { name: 'large', templates: Array.from({ length: 200 }, (_, i) => `Hej! Tack för att du hörde av dig, mall nummer ${i}.`) };
    const outcome = await store.write('playbook', large);
    expect(outcome.synced).toBe(false);
    if (outcome.synced || outcome.reason !== 'too-large') throw new Error('expected too-large');
    expect(outcome.bytes).toBe(syncItemBytes('playbook', large));
    expect(outcome.bytes).toBeGreaterThan(SYNC_ITEM_QUOTA_BYTES);
    expect(sync.data.has('playbook')).toBe(false);
    expect(local.data.get('playbook')).toEqual(large);
    expect((await store.read('playbook')).value).toEqual(large);
  });

  it('counts bytes, not characters, against the quota (Cyrillic takes two bytes each)', () => {
    expect(syncItemBytes('k', 'ёж')).toBe('k'.length + '"ёж"'.length + 2);
  });

  it('reads the local copy when sync cannot be read, and says why', async () => {
    const { sync, store } = setup();
    await store.write('uiLanguage', 'ru');
    sync.failGet = 'sync is disabled by policy';
    expect(await store.read('uiLanguage')).toEqual({ value: 'ru', from: 'local', syncError: 'sync is disabled by policy' });
  });

  it('reads values saved before stamps existed (local only), and reports nothing when neither area has it', async () => {
    const { local, store } = setup();
    local.data.set('playbook', { name: 'from an older version' });
    expect(await store.read('playbook')).toEqual({ value: { name: 'from an older version' }, from: 'local' });
    expect(await store.read('uiLanguage')).toEqual({ value: undefined, from: undefined });
  });

  it('fails the write when even the local save fails, so the caller can say nothing was saved', async () => {
    const { local, store } = setup();
    local.failSet = 'QUOTA_BYTES quota exceeded';
    await expect(store.write('playbook', { name: 'x' })).rejects.toThrow('QUOTA_BYTES');
  });

  it('works without any sync area', async () => {
    const local = new MemoryArea();
    const store = createSettingsStore({ local, sync: null }, () => 1);
    expect((await store.write('uiLanguage', 'en')).synced).toBe(false);
    expect((await store.read('uiLanguage')).value).toBe('en');
  });
});
