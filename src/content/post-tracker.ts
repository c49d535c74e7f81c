// Turns page elements into posts once, re-reads them only when their text changed, and keeps the
// marks (attributes, highlights, badge) in step with what the engine says about them.
import type { Analysis, Post } from '../core/model';
import type { PageEngine } from './page-engine';
import type { ReadContext, SiteAdapter } from '../sites/types';
import { lacksAuthor, lacksText, type HealthTally } from '../sites/page-health';
import type { PagePost } from '../messaging/protocol';
import { BADGE_ATTRIBUTE, removeAllBadges, removeBadge, showBadge } from './badge';
import { Highlights } from './highlights';
import { NearPainter } from './near-painter';
import { PostQueue } from './post-queue';

export const POST_ATTRIBUTE = 'data-hearken-post';
export const MATCH_ATTRIBUTE = 'data-hearken-match';
/** On a matched post once it has been near the screen: what marks.css styles. */
export const SHOWN_ATTRIBUTE = 'data-hearken-shown';

/** Times a post is read again when the worker did not answer, and the wait before the first. */
const RETRIES = 3;
const RETRY_MS = 2000;

/** How many matched posts the popup can list per tab; older ones drop out first. */
const SUMMARY_LIMIT = 500;

export interface TrackerEvents {
  onMatched(post: Post, analysis: Analysis): void;
  /** The person asked to listen to this post (its badge's button); the label is the button's text. */
  listen?: { label: string; onListen(post: Post): void };
  /** Intent and sentiment as the badge names them, in the person's language (ids when not given). */
  name?(kind: 'intent' | 'sentiment', id: string): string;
}

export class PostTracker {
  private readText = new WeakMap<Element, string>();
  private readonly summaries = new Map<string, PagePost>();
  private readonly highlights = new Highlights();
  /** Marks, badges and highlights go on when their post comes near the screen; highlights come off when it is far (near-painter.ts says why). */
  private readonly painter = new NearPainter();
  /** Per post id: whether it lacked an author or text when last read (the health tally). */
  private readonly lacking = new Map<string, { author: boolean; text: boolean }>();
  private unreadable = 0;
  private stopped = false;
  /** Posts found but not read yet: read in short slices, those in view first. */
  private readonly queue = new PostQueue({ process: (el) => this.process(el) });
  /** Matched posts whose intent and sentiment are being worked out (the latest request per post). */
  private readonly understanding = new Map<Element, object>();
  /** How often the worker failed to answer for a post. */
  private readonly failures = new WeakMap<Element, number>();

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly context: ReadContext,
    private engine: PageEngine,
    private readonly events: TrackerEvents,
  ) {}

  /** A new playbook: every post is read and matched again. */
  setEngine(engine: PageEngine, root: ParentNode): void {
    this.engine = engine;
    this.readText = new WeakMap();
    this.summaries.clear();
    this.scan([root]);
  }

  /**
   * Finds posts in or around the given subtrees and queues them; the ones that are new or changed
   * are read and marked soon after, in slices that leave the page responsive.
   */
  scan(roots: Iterable<ParentNode>): void {
    if (this.stopped) return;
    const posts = new Set<Element>();
    for (const root of roots) {
      if (root.nodeType === 1) {
        const owner = (root as Element).closest(`[${POST_ATTRIBUTE}]`);
        if (owner) posts.add(owner);
      }
      for (const el of this.adapter.findPosts(root, this.context)) posts.add(el);
    }
    for (const el of posts) this.queue.add(el);
    this.queue.readNow();
  }

  /** Posts waiting to be read. */
  get pending(): number {
    return this.queue.size + this.understanding.size;
  }

  /**
   * Stops reading and takes back everything put on the page (attributes, highlights, badges), so
   * the page is as it was before Hearken read it. A stopped tracker is not started again.
   */
  stop(root: ParentNode): void {
    this.stopped = true;
    this.queue.stop();
    this.painter.stop();
    this.understanding.clear();
    this.highlights.dispose();
    removeAllBadges(root);
    for (const el of Array.from(root.querySelectorAll(`[${POST_ATTRIBUTE}], [${MATCH_ATTRIBUTE}]`))) {
      el.removeAttribute(POST_ATTRIBUTE);
      el.removeAttribute(MATCH_ATTRIBUTE);
      el.removeAttribute(SHOWN_ATTRIBUTE);
    }
    this.summaries.clear();
    this.lacking.clear();
  }

  /** The page just changed what it shows: marks waiting to go on share its frame (near-painter.ts). */
  pageChanged(): void {
    this.painter.pageChanged();
  }

  pruneDetached(): void {
    this.highlights.pruneDetached();
    this.painter.pruneDetached();
    this.queue.pruneDetached();
    for (const el of this.understanding.keys()) if (!el.isConnected) this.understanding.delete(el);
  }

  get found(): number {
    return this.lacking.size;
  }

  /** Counts for the page's health verdict (src/sites/page-scan.ts healthOf). */
  tally(): HealthTally {
    let withoutAuthor = 0;
    let withoutText = 0;
    for (const flags of this.lacking.values()) {
      if (flags.author) withoutAuthor += 1;
      if (flags.text) withoutText += 1;
    }
    return { found: this.lacking.size, withoutAuthor, withoutText, unreadable: this.unreadable };
  }

  matchedPosts(): PagePost[] {
    return [...this.summaries.values()];
  }

  private process(el: Element): void {
    if (this.stopped) return;
    let post: Post | null;
    try {
      post = this.adapter.readPost(el, this.context);
    } catch (error) {
      console.warn('[hearken] could not read a post', error);
      this.unreadable += 1;
      return;
    }
    if (!post) return;
    const unchanged = this.readText.get(el) === post.text && el.getAttribute(POST_ATTRIBUTE) === post.id;
    // A matched node the site removed and put back lost its highlights when it was pruned.
    if (unchanged && (!el.hasAttribute(MATCH_ATTRIBUTE) || this.highlights.has(el) || this.painter.has(el) || this.understanding.has(el))) return;
    const watched = this.engine.watch(post.text, post.lang ? { lang: post.lang } : {});
    this.readText.set(el, post.text);
    this.lacking.set(post.id, { author: lacksAuthor(post), text: lacksText(post) });
    el.setAttribute(POST_ATTRIBUTE, post.id);
    if (watched.labels.length === 0) {
      // Most posts mention nothing and never did: only one that matched before has marks to take off.
      if (el.hasAttribute(MATCH_ATTRIBUTE)) {
        this.understanding.delete(el);
        el.removeAttribute(MATCH_ATTRIBUTE);
        el.removeAttribute(SHOWN_ATTRIBUTE);
        this.painter.cancel(el);
        this.highlights.clear(el);
        removeBadge(this.adapter.textElement?.(el) ?? el);
        this.summaries.delete(post.id);
      }
      return;
    }
    const textRoot = this.adapter.textElement?.(el) ?? el;
    el.setAttribute(MATCH_ATTRIBUTE, watched.labels.join(','));
    // Intent and sentiment come from the worker; a newer reading of the post wins over this one.
    const asked = {};
    this.understanding.set(el, asked);
    const read = post;
    this.engine.understand(watched, read.text).then(
      (analysis) => {
        if (this.stopped || this.understanding.get(el) !== asked) return;
        this.understanding.delete(el);
        this.failures.delete(el);
        if (el.isConnected) this.show(el, read, analysis, textRoot);
      },
      (error: unknown) => {
        if (this.stopped || this.understanding.get(el) !== asked) return;
        this.understanding.delete(el);
        this.retryLater(el, error);
      },
    );
  }

  private show(el: Element, post: Post, analysis: Analysis, textRoot: Element): void {
    const badge = {
      labels: analysis.labels,
      intent: this.events.name?.('intent', analysis.intent.label) ?? analysis.intent.label,
      sentiment: this.events.name?.('sentiment', analysis.sentiment.label) ?? analysis.sentiment.label,
      why: whyMatched(analysis),
      ...(this.events.listen
        ? { listen: { label: this.events.listen.label, onListen: () => this.events.listen?.onListen(post) } }
        : {}),
    };
    let badged = false;
    this.painter.paint(el, {
      show: () => {
        if (!badged) {
          el.setAttribute(SHOWN_ATTRIBUTE, '');
          showBadge(textRoot, badge);
          badged = true;
        }
        this.highlights.set(el, textRoot, analysis.matches);
      },
      hide: () => this.highlights.clear(el),
    });
    this.remember(post, analysis);
    this.events.onMatched(post, analysis);
  }

  /**
   * The worker did not answer (it was restarting, or the extension was updated): the post is read
   * again a little later, a few times at most, so nothing matched is left without its badge.
   */
  private retryLater(el: Element, error: unknown): void {
    const failures = (this.failures.get(el) ?? 0) + 1;
    this.failures.set(el, failures);
    this.readText.delete(el);
    if (failures > RETRIES) {
      console.warn('[hearken] could not work out intent and sentiment', error);
      return;
    }
    setTimeout(() => {
      if (!this.stopped && el.isConnected) this.queue.add(el);
    }, RETRY_MS * failures);
  }

  private remember(post: Post, analysis: Analysis): void {
    this.summaries.delete(post.id);
    this.summaries.set(post.id, {
      id: post.id,
      site: post.site,
      kind: post.kind,
      author: post.author,
      snippet: post.text.slice(0, 280),
      ...(post.permalink ? { permalink: post.permalink } : {}),
      labels: analysis.labels,
      matches: analysis.matches.map(({ label, term, surface }) => ({ label, term, surface })),
      intent: { label: analysis.intent.label, score: analysis.intent.score, cues: analysis.intent.cues.map((cue) => cue.text) },
      sentiment: {
        label: analysis.sentiment.label,
        score: analysis.sentiment.score,
        cues: analysis.sentiment.cues.map((cue) => cue.text),
      },
    });
    if (this.summaries.size > SUMMARY_LIMIT) {
      const oldest = this.summaries.keys().next().value;
      if (oldest !== undefined) this.summaries.delete(oldest);
    }
  }
}

export function isOwnNode(el: Element): boolean {
  return el.hasAttribute(BADGE_ATTRIBUTE);
}

/** "Acme: “Acme's”, “@acmecorp”" — which words made the post match. */
export function whyMatched(analysis: Analysis): string {
  const byLabel = new Map<string, Set<string>>();
  for (const match of analysis.matches) {
    const set = byLabel.get(match.label) ?? new Set<string>();
    set.add(match.surface);
    byLabel.set(match.label, set);
  }
  return [...byLabel]
    .map(([label, surfaces]) => `${label}: ${[...surfaces].map((surface) => `“${surface}”`).join(', ')}`)
    .join('; ');
}
