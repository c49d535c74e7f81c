// The content script: pick the site's adapter, read the playbook, watch the page, mark posts.
import { classifyInWorker } from './classify-in-worker';
import { PageEngine } from './page-engine';
import { parsePlaybook, type Playbook } from '../core/playbook';
import demoPlaybook from '../core/demo-playbook.json';
import { recognise } from '../sites/recognise';
import { loadAdapter } from './load-adapter';
import type { ReadContext, SiteAdapter } from '../sites/types';
import { readSetting, onSettingChanged } from '../platform/settings';
import { JournalOutbox } from './journal-outbox';
import { PageWatcher } from './page-watcher';
import { PostTracker, isOwnNode } from './post-tracker';
import { listenToPopup } from './tab-messages';
import { watchContextMenu } from './focused-post';
import { askWorker } from '../messaging/client';
import { followChosenLanguage, pageString } from './page-strings';

const PLAYBOOK_KEY = 'playbook';

async function loadPlaybook(): Promise<Playbook> {
  const stored = await readSetting(PLAYBOOK_KEY).catch(() => undefined);
  if (stored !== undefined) {
    const parsed = parsePlaybook(stored);
    if (parsed.ok) return parsed.playbook;
    console.warn(`[hearken] the saved playbook is invalid, using the demo playbook: ${parsed.errors.join('; ')}`);
  }
  const demo = parsePlaybook(demoPlaybook);
  if (!demo.ok) throw new Error(`bundled demo playbook is invalid: ${demo.errors.join('; ')}`);
  return demo.playbook;
}

function readContext(): ReadContext {
  const parser = new DOMParser();
  return {
    url: new URL(location.href),
    document,
    parseHtml: (html) => parser.parseFromString(html, 'text/html'),
  };
}

/** Hearken reading one page while its site is on; stop() leaves the page as it found it. */
interface Session {
  setEngine(engine: PageEngine): void;
  stop(): void;
}

function startSession(adapter: SiteAdapter, context: ReadContext, outbox: JournalOutbox, playbook: Playbook): Session {
  let engine = new PageEngine(playbook, classifyInWorker);
  const tracker = new PostTracker(adapter, context, engine, {
    listen: {
      get label() {
        return pageString('badgeListen', 'Listen');
      },
      onListen(post) {
        // Sent at once, inside the click: the worker may open the side panel only during a user gesture.
        void askWorker('coach/open', { site: post.site, postId: post.id }).then((reply) => {
          if (!reply.ok) console.warn(`[hearken] could not open the coach: ${reply.error.message}`);
        });
      },
    },
    name: (kind, id) => pageString(`${kind}_${id}`, id),
    onMatched(post, analysis) {
      const at = Date.now();
      outbox.addPost({
        site: post.site,
        id: post.id,
        ...(post.permalink ? { permalink: post.permalink } : {}),
        author: post.author,
        text: post.text,
        labels: analysis.labels,
        intent: analysis.intent.label,
        sentiment: analysis.sentiment.label,
        lang: analysis.lang,
        at,
      });
      outbox.addEvent({
        id: `seen:${post.site}:${post.id}`,
        kind: 'seen',
        at,
        site: post.site,
        postId: post.id,
        labels: analysis.labels,
      });
    },
  });

  // SPA navigation keeps the document; the URL in the read context follows it.
  const syncUrl = () => {
    if (context.url.href !== location.href) context.url = new URL(location.href);
  };
  const watcher = new PageWatcher({
    onNodes(nodes) {
      syncUrl();
      tracker.scan(nodes);
    },
    onRemoved: () => tracker.pruneDetached(),
    onPageChanged: () => tracker.pageChanged(),
    ignore: isOwnNode,
  });
  syncUrl();
  tracker.scan([document]);
  watcher.start(document.documentElement);
  const stopAnswering = listenToPopup({ adapter, tracker, outbox, context, engine: () => engine });
  return {
    setEngine(next) {
      engine = next;
      tracker.setEngine(engine, document);
    },
    stop() {
      stopAnswering();
      watcher.stop();
      tracker.stop(document);
    },
  };
}

async function start(adapter: SiteAdapter): Promise<void> {
  const context = readContext();
  // Posts seen while the site was on are still sent after it is turned off; no new ones are added.
  const outbox = new JournalOutbox();
  // What waits for the next send goes now when the person leaves the page.
  addEventListener('pagehide', () => void outbox.flush());
  let session: Session | null = null;
  watchContextMenu(document);
  followChosenLanguage();

  // The site turned on or off, or the playbook changed, here or in another browser (sync): the
  // page follows without a reload. Changes are applied one at a time, in order.
  let applying = Promise.resolve();
  let applied = '';
  const apply = (playbook: Playbook) => {
    // One save writes storage.local, then storage.sync: the same playbook arrives twice.
    const json = JSON.stringify(playbook);
    if (json === applied) return;
    applied = json;
    const on = playbook.sites[adapter.id] !== false;
    if (!on) {
      session?.stop();
      session = null;
    } else if (session) {
      session.setEngine(new PageEngine(playbook, classifyInWorker));
    } else {
      session = startSession(adapter, context, outbox, playbook);
    }
  };
  let pending: ReturnType<typeof setTimeout> | null = null;
  const reload = () => {
    if (pending !== null) return;
    pending = setTimeout(() => {
      pending = null;
      applying = applying.then(loadPlaybook).then(apply, (error: unknown) => console.warn('[hearken] could not apply the changed playbook', error));
    }, 50);
  };
  onSettingChanged(PLAYBOOK_KEY, reload);
  apply(await loadPlaybook());
}

// "Watch this site" runs the script in an open tab while it is also registered for the next
// load; a page runs it once (the flag lives in the content script's own world).
const once = globalThis as { hearkenStarted?: boolean };
const site = once.hearkenStarted ? null : recognise(new URL(location.href), document);
if (site) {
  once.hearkenStarted = true;
  loadAdapter(site)
    .then(start)
    .catch((error: unknown) => console.warn('[hearken] could not start on this page', error));
}
