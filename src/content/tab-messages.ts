// Answers the popup and side panel about this tab's posts. Same validated router as the worker.
import { createRouter } from '../messaging/router';
import { tabMessages } from '../messaging/protocol';
import { extensionId, onRuntimeMessage } from '../platform/browser';
import type { PageEngine } from './page-engine';
import type { ReadContext, SiteAdapter } from '../sites/types';
import { healthIssues, healthOf, type HealthIssue, type PageHealth } from '../sites/page-health';
import type { JournalOutbox } from './journal-outbox';
import { POST_ATTRIBUTE, type PostTracker } from './post-tracker';
import { focusedPostId } from './focused-post';

interface PageState {
  adapter: SiteAdapter;
  tracker: PostTracker;
  outbox: JournalOutbox;
  context: ReadContext;
  engine(): PageEngine;
}

function postElement(postId: string): Element | null {
  return document.querySelector(`[${POST_ATTRIBUTE}="${CSS.escape(postId)}"]`);
}

/** The same verdict `hearken scan` and the self-test give, from what the tracker has read so far. */
export function pageHealth(state: PageState): PageHealth & { issues: HealthIssue[] } {
  const tally = state.tracker.tally();
  return { ...healthOf(state.adapter, state.context.url, document, tally), issues: healthIssues(state.adapter, state.context.url, document, tally) };
}

/** Answers until the returned function is called (the site was turned off). */
export function listenToPopup(state: PageState): () => void {
  const route = createRouter(
    tabMessages,
    {
      'page/posts': async () => ({
        site: state.adapter.id,
        siteLabel: state.adapter.label,
        posts: state.tracker.matchedPosts(),
        health: pageHealth(state),
      }),
      'page/reveal': async ({ postId }) => {
        const el = postElement(postId);
        if (!el) return { found: false };
        el.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
        return { found: true };
      },
      // The coach's helpers load when the coach first asks: most pages are read without it.
      'page/thread': async ({ postId }) => {
        const { readThread } = await import('./thread-reader');
        const reading = await readThread(state.adapter, state.context, state.engine(), postId);
        return reading.found ? { ...reading, site: state.adapter.id, siteLabel: state.adapter.label } : reading;
      },
      'page/insert': async ({ postId, text }) => {
        const { insertReply } = await import('./reply-box');
        return { result: await insertReply(state.adapter, postElement(postId), text) };
      },
      'page/focused-post': async () => {
        const postId = focusedPostId(document);
        return postId === undefined ? {} : { postId };
      },
    },
    {
      isTrusted: (sender) => sender.id === extensionId() && !sender.tab,
      context: () => undefined,
    },
  );
  return onRuntimeMessage((message, sender) => route(message, sender));
}
