// "Watch this site": the content script registered on each origin the person added. The browser
// keeps the truth (granted permissions, registered scripts); the worker holds nothing in memory
// and re-derives the registrations from the permissions whenever it starts or they change.
import { originPattern, planSync, scriptIdFor, watchableOrigin, type RegisteredScript } from '../core/site-origins';

/** The browser calls this needs, injected so the logic is tested without a browser. */
export interface WatchPlatform {
  grantedOrigins(): Promise<string[]>;
  registeredScripts(): Promise<RegisteredScript[]>;
  registerScripts(scripts: { id: string; matches: string[]; js: string[]; css: string[] }[]): Promise<void>;
  unregisterScripts(ids: string[]): Promise<void>;
  removeOrigins(origins: string[]): Promise<boolean>;
  injectIntoTab(tabId: number, js: string[], css: string[]): Promise<void>;
  manifestContentScript(): { js: string[]; css: string[]; matches: string[] };
}

/** A failure the person can act on; the router turns it into an error value. */
export class WatchFailure extends Error {
  constructor(
    readonly code: 'forbidden' | 'invalid' | 'failed',
    message: string,
  ) {
    super(message);
  }
}

/** Makes the registrations match the granted origins; returns the watched origins. */
export async function syncWatchedSites(platform: WatchPlatform): Promise<string[]> {
  const script = platform.manifestContentScript();
  const plan = planSync(await platform.grantedOrigins(), await platform.registeredScripts(), script.matches);
  // Two syncs can overlap (a permission event and the popup's message); the browser refuses a
  // duplicate or missing id, so a refusal is fine when the other sync already did the work.
  if (plan.unregister.length > 0) {
    await platform.unregisterScripts(plan.unregister).catch(async (error: unknown) => {
      const left = new Set((await platform.registeredScripts()).map((s) => s.id));
      if (plan.unregister.some((id) => left.has(id))) throw error;
    });
  }
  if (plan.register.length > 0) {
    if (script.js.length === 0) throw new WatchFailure('failed', 'The extension has no content script to register.');
    const scripts = plan.register.map((origin) => ({ id: scriptIdFor(origin), matches: [originPattern(origin)], js: script.js, css: script.css }));
    await platform.registerScripts(scripts).catch(async (error: unknown) => {
      const now = new Set((await platform.registeredScripts()).map((s) => s.id));
      if (scripts.some((s) => !now.has(s.id))) throw error;
    });
  }
  return plan.watched;
}

/**
 * After the person granted the origin (in the popup, which alone may ask), registers the content
 * script there and runs it in the tab they are looking at, so its posts are read without a reload.
 */
export async function watchSite(platform: WatchPlatform, origin: string, tabId?: number): Promise<string[]> {
  const clean = watchableOrigin(origin);
  if (clean === null || clean !== origin) throw new WatchFailure('invalid', `"${origin}" is not a web site address Hearken can watch.`);
  const granted = await platform.grantedOrigins();
  if (!granted.includes(originPattern(origin))) {
    throw new WatchFailure('forbidden', `Hearken has no permission to read ${origin}; allow it from the popup first.`);
  }
  const watched = await syncWatchedSites(platform);
  if (tabId !== undefined && watched.includes(origin)) {
    const script = platform.manifestContentScript();
    await platform.injectIntoTab(tabId, script.js, script.css);
  }
  return watched;
}

/** Stops reading an origin: its script goes and its permission is given back. */
export async function unwatchSite(platform: WatchPlatform, origin: string): Promise<string[]> {
  const registered = await platform.registeredScripts();
  const id = scriptIdFor(origin);
  if (registered.some((s) => s.id === id)) await platform.unregisterScripts([id]);
  const granted = await platform.grantedOrigins();
  if (granted.includes(originPattern(origin))) await platform.removeOrigins([originPattern(origin)]);
  return syncWatchedSites(platform);
}
