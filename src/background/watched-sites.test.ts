import { describe, expect, it } from 'vitest';
import { scriptIdFor } from '../core/site-origins';
import { syncWatchedSites, unwatchSite, watchSite, WatchFailure, type WatchPlatform } from './watched-sites';

const LOADER = { js: ['assets/main.ts-loader-abc.js'], css: ['src/content/marks.css'], matches: ['https://x.com/*', 'https://www.reddit.com/*'] };

/** A browser in memory: granted patterns, registered scripts, and what was injected where. */
function fakeBrowser(granted: string[] = []) {
  const state = {
    granted: new Set(['https://x.com/*', 'https://www.reddit.com/*', ...granted]),
    scripts: new Map<string, { id: string; matches: string[]; js: string[]; css: string[] }>(),
    injected: [] as { tabId: number; js: string[]; css: string[] }[],
  };
  const platform: WatchPlatform = {
    grantedOrigins: async () => [...state.granted],
    registeredScripts: async () => [...state.scripts.values()],
    registerScripts: async (scripts) => {
      for (const s of scripts) {
        if (state.scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        state.scripts.set(s.id, s);
      }
    },
    unregisterScripts: async (ids) => {
      for (const id of ids) state.scripts.delete(id);
    },
    removeOrigins: async (origins) => {
      for (const o of origins) state.granted.delete(o);
      return true;
    },
    injectIntoTab: async (tabId, js, css) => {
      state.injected.push({ tabId, js, css });
    },
    manifestContentScript: () => LOADER,
  };
  return { state, platform };
}

describe('watched sites', () => {
  it('two overlapping syncs (permission event and popup message) end with one registration, no error', async () => {
    const { state, platform } = fakeBrowser(['https://forum.example/*']);
    await Promise.all([syncWatchedSites(platform), syncWatchedSites(platform), watchSite(platform, 'https://forum.example', 2)]);
    expect([...state.scripts.keys()]).toEqual([scriptIdFor('https://forum.example')]);
  });

  it('registers the built content script on a granted origin and runs it in the open tab at once', async () => {
    const { state, platform } = fakeBrowser(['https://bittinurkka.example/*']);
    expect(await watchSite(platform, 'https://bittinurkka.example', 7)).toEqual(['https://bittinurkka.example']);
    expect(state.scripts.get(scriptIdFor('https://bittinurkka.example'))).toEqual({
      id: scriptIdFor('https://bittinurkka.example'),
      matches: ['https://bittinurkka.example/*'],
      js: LOADER.js,
      css: LOADER.css,
    });
    expect(state.injected).toEqual([{ tabId: 7, js: LOADER.js, css: LOADER.css }]);
    // Asking again changes nothing (no duplicate registration).
    expect(await watchSite(platform, 'https://bittinurkka.example')).toEqual(['https://bittinurkka.example']);
    expect(state.scripts.size).toBe(1);
  });

  it('refuses an origin the person has not granted, and addresses that are not origins', async () => {
    const { state, platform } = fakeBrowser();
    await expect(watchSite(platform, 'https://forum.example', 3)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(watchSite(platform, 'https://forum.example/threads/1', 3)).rejects.toBeInstanceOf(WatchFailure);
    await expect(watchSite(platform, 'chrome://settings', 3)).rejects.toMatchObject({ code: 'invalid' });
    expect(state.scripts.size).toBe(0);
    expect(state.injected).toEqual([]);
  });

  it('stops watching: unregisters the script and gives the permission back', async () => {
    const { state, platform } = fakeBrowser(['https://forum.example/*', 'https://mastodon.example/*']);
    await syncWatchedSites(platform);
    expect(await unwatchSite(platform, 'https://forum.example')).toEqual(['https://mastodon.example']);
    expect([...state.scripts.keys()]).toEqual([scriptIdFor('https://mastodon.example')]);
    expect(state.granted.has('https://forum.example/*')).toBe(false);
    expect(state.granted.has('https://x.com/*')).toBe(true);
  });

  it('on startup re-registers what is granted and drops what was revoked in the browser settings', async () => {
    const { state, platform } = fakeBrowser(['https://forum.example/*']);
    state.scripts.set(scriptIdFor('https://gone.example'), { id: scriptIdFor('https://gone.example'), matches: ['https://gone.example/*'], js: LOADER.js, css: [] });
    expect(await syncWatchedSites(platform)).toEqual(['https://forum.example']);
    expect([...state.scripts.keys()]).toEqual([scriptIdFor('https://forum.example')]);
    // The manifest's own sites are never registered twice.
    expect(state.scripts.has(scriptIdFor('https://x.com'))).toBe(false);
  });
});
