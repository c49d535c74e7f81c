// What the service worker does for each message. Nothing is kept in memory between messages:
// the worker may be stopped at any moment, so the journal in IndexedDB is the only state.
import type { HearkenDB } from '../db/database';
import { countEvents } from '../db/journal';
import type { Handlers } from '../messaging/router';
import type { WorkerMessages } from '../messaging/protocol';
import { readLocal, writeLocal } from '../platform/browser';
import { openCoach } from './coach';
import { chosenStrings } from './page-strings';
import { understandText } from './understand';
import { openDraftFor, saveDraft } from './drafts';
import { journalWriter } from './journal-writes';
import { browserWatchPlatform } from './watch-platform';
import { syncWatchedSites, unwatchSite, watchSite, WatchFailure } from './watched-sites';

/** What a handler knows about who asked: the tab, for content scripts. */
export interface WorkerContext {
  tabId?: number;
  /** True when one of Hearken's own pages asked (popup, options), not a content script. */
  extensionPage?: boolean;
}

export { StorageFailure } from './journal-writes';

export function workerHandlers(db: () => HearkenDB): Handlers<WorkerMessages, WorkerContext> {
  const journal = journalWriter(db, { read: readLocal, write: writeLocal });
  return {
    'journal/append': ({ events }) => journal.append(events),
    'posts/seen': ({ posts }) => journal.seen(posts),
    'journal/record': ({ posts, events }) => journal.record(posts, events),
    'journal/count': async () => ({ events: await countEvents(db()) }),
    // Not async before openCoach: the side panel opens only within the sender's gesture.
    'page/strings': async ({ keys }) => ({ strings: await chosenStrings(keys) }),
    'page/understand': async ({ posts }) => ({ results: posts.map(({ text, lang }) => understandText(text, lang)) }),
    'coach/open': ({ site, postId, tabId }, context) => {
      const tab = tabId ?? context.tabId;
      if (tab === undefined) return Promise.reject(new Error('No tab to open the coach for.'));
      return openCoach({ tabId: tab, site, postId }).then((opened) => ({ opened }));
    },
    'draft/save': async ({ draft }) => ({ saved: await saveDraft(db(), draft) }),
    'draft/get': async ({ site, postId }) => {
      const draft = await openDraftFor(db(), site, postId);
      return draft ? { draft } : {};
    },
    // Only Hearken's own pages (the popup, options) add or remove sites, never a content script.
    'sites/watch': async ({ origin, tabId }, context) => {
      if (!context.extensionPage) throw new WatchFailure('forbidden', 'Sites are added from the Hearken popup.');
      return { watched: await watchSite(browserWatchPlatform, origin, tabId) };
    },
    'sites/unwatch': async ({ origin }, context) => {
      if (!context.extensionPage) throw new WatchFailure('forbidden', 'Sites are removed from the Hearken popup.');
      return { watched: await unwatchSite(browserWatchPlatform, origin) };
    },
    'sites/watched': async () => ({ watched: await syncWatchedSites(browserWatchPlatform) }),
  };
}
