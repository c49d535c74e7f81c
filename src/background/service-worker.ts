// The service worker: one validated router for every message. Listeners are registered at the
// top level so a worker woken by a message finds them at once.
import { openJournal, type HearkenDB } from '../db/database';
import { applyRetentionIfDue } from '../db/retention';
import { createRouter } from '../messaging/router';
import { failure, workerMessages } from '../messaging/protocol';
import { extensionId, extensionOrigin, onExternalMessage, onInstalled, onPermissionsChanged, onRuntimeMessage, onStartup } from '../platform/browser';
import { StorageFailure, workerHandlers } from './handlers';
import { browserWatchPlatform } from './watch-platform';
import { syncWatchedSites, WatchFailure } from './watched-sites';
import { registerCoachEntryPoints } from './coach';

let journal: HearkenDB | null = null;
const db = (): HearkenDB => (journal ??= openJournal());

const route = createRouter(workerMessages, workerHandlers(db), {
  // Our content scripts (they carry our id and a tab) and our own pages; nothing else.
  isTrusted: (sender) =>
    sender.id === extensionId() && (sender.tab !== undefined || (sender.url ?? '').startsWith(extensionOrigin())),
  context: (sender) => ({
    ...(sender.tab?.id !== undefined ? { tabId: sender.tab.id } : {}),
    ...((sender.url ?? '').startsWith(extensionOrigin()) ? { extensionPage: true } : {}),
  }),
  classifyError: (error) =>
    error instanceof StorageFailure
      ? { code: error.code, message: error.message }
      : error instanceof WatchFailure
        ? { code: 'failed', message: error.message }
        : undefined,
});

onRuntimeMessage((message, sender) => route(message, sender));

// Sites the person added: registrations follow the granted permissions (also when access is
// changed in the browser's own settings).
const resyncWatchedSites = () => {
  syncWatchedSites(browserWatchPlatform).catch((error: unknown) => console.warn('[hearken] could not sync watched sites', error));
};
onInstalled(resyncWatchedSites);
onStartup(resyncWatchedSites);
onPermissionsChanged(resyncWatchedSites);
registerCoachEntryPoints();

// Retention ("keep N days of seen posts") once a day, a few seconds after a wake so it never
// delays the message that woke the worker; it deletes in small transactions.
setTimeout(() => {
  void applyRetentionIfDue(db()).then((result) => {
    if (result && !result.ok) console.warn(`[hearken] retention did not run: ${result.error.message}`);
  });
}, 5_000);

// Other extensions (and pages, were we ever externally connectable) get an error, never data.
onExternalMessage(async (_message, sender) => {
  console.warn(`[hearken] refused a message from outside the extension (${sender.id ?? sender.url ?? 'unknown'})`);
  return failure('forbidden', 'Hearken does not answer other extensions or web pages.');
});

self.addEventListener('unhandledrejection', (event) => {
  console.warn('[hearken] unhandled error in the service worker', (event as PromiseRejectionEvent).reason);
});
