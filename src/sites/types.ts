import type { Post, SiteId } from '../core/model';

/**
 * A selector kept as data, with the counts it must find on captured pages, so a
 * conformance test can tell when a site has changed its markup.
 */
export interface SelectorSpec {
  /** CSS selectors tried in order; the first that finds anything wins. */
  css: readonly string[];
  /** Fixture file name (in ../shared/fixtures/raw) → count a person makes there. */
  expect?: Readonly<Record<string, number>>;
}

/** Everything an adapter may need besides the element; works in the browser and in Node. */
export interface ReadContext {
  url: URL;
  document: Document;
  /** Parses an HTML string into a detached document (used for <noscript> crawler views). */
  parseHtml(html: string): Document;
}

/** How the coach reaches the reply box of a post. */
export interface ReplyTarget {
  /** The editable element if it is already on the page. */
  box: HTMLElement | null;
  /** Button that opens the reply box, when it must be clicked first (never a send button). */
  opener: HTMLElement | null;
}

export interface SiteAdapter {
  readonly id: SiteId;
  /** Human name shown to users ("X", "LinkedIn", "Reddit"). */
  readonly label: string;
  /** Named selectors with their fixture expectations. */
  readonly selectors: Readonly<Record<string, SelectorSpec>>;
  /** True when this adapter owns the URL (by host). Forum engines return false and use detect(). */
  matchesUrl(url: URL): boolean;
  /** True when the markup says this is the site, on any domain. */
  detect(doc: Document): boolean;
  /** Whether a page at this URL should contain posts (health check). */
  expectsPosts(url: URL, doc: Document): boolean;
  /** Whether this page names who wrote each post (health check); true when absent. */
  authorsShown?(url: URL, doc: Document): boolean;
  /** Post and comment containers in or under root (root included), document order. */
  findPosts(root: ParentNode, ctx: ReadContext): Element[];
  /** Turns one container into a Post, or null when it is not one (an ad, a placeholder). */
  readPost(el: Element, ctx: ReadContext): Post | null;
  /** The element holding the post's own text (for highlights); defaults to the container. */
  textElement?(el: Element): Element | null;
  /** How to reach the reply box for this post. */
  replyTarget?(el: Element): ReplyTarget;
}
