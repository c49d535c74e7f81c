// DOM reading helpers shared by every adapter. They use only standard DOM calls, so they run
// the same in the browser and on linkedom in Node.

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'IFRAME', 'VIDEO', 'AUDIO', 'CANVAS']);
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TABLE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'DD', 'DT', 'FIGURE', 'FIGCAPTION', 'HR',
]);

export interface TextOptions {
  /** Elements matching this selector are left out with everything inside them. */
  skip?: string;
  /** Keep the line breaks of the source text, for elements a site styles with white-space: pre-wrap. */
  preserveBreaks?: boolean;
  /**
   * Treat every element as inline: only <br> and source line breaks start a new line. For text
   * a site lays out in one run whatever its wrappers are (X wraps each mention and link in an
   * inline-flex div).
   */
  inlineOnly?: boolean;
}

/**
 * The text of an element as a person reads it: links keep their text, emoji images keep their
 * alt text, paragraphs and line breaks become newlines, hidden and interactive parts are left out.
 */
export function readableText(root: Element, options: TextOptions = {}): string {
  const parts: string[] = [];
  const walk = (node: Node, pre: boolean): void => {
    if (node.nodeType === 3) {
      // Outside preformatted text a line break in the source is only a space, as the browser shows it.
      const value = node.nodeValue ?? '';
      parts.push(pre || !SOURCE_BREAK.test(value) ? value : value.replace(/[\r\n]+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return;
    if (options.skip && el.matches(options.skip)) return;
    if (tag === 'BR') {
      parts.push('\n');
      return;
    }
    if (tag === 'IMG') {
      const alt = el.getAttribute('alt') ?? '';
      if (alt && isEmojiImage(el, alt)) parts.push(alt);
      return;
    }
    const block = options.inlineOnly !== true && BLOCK_TAGS.has(tag);
    const keepBreaks = pre || keepsLineBreaks(el);
    if (block) parts.push('\n');
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child, keepBreaks);
    if (block) parts.push('\n');
  };
  const rootPre = options.preserveBreaks === true || keepsLineBreaks(root);
  for (let child = root.firstChild; child; child = child.nextSibling) walk(child, rootPre);
  return tidyText(parts.join(''));
}

const SOURCE_BREAK = /[\r\n]/;
/** What tidyText changes besides the ends: a space of another kind, a line break, two spaces in a row. */
const UNTIDY = /[\u00a0\t\f\v\u200b\n]| {2}/;

const EMOJI_CLASS = /(?:^|\s)(?:emoji|smilies|smilie|smiley|emoticon)(?:\s|$)/i;
/** A short code such as ":thinking:" or ":+1:", as Discourse, Mastodon and forum smilies write it. */
const EMOJI_CODE = /^:[\p{L}\p{N}_+-]{1,40}:$/u;

/**
 * Whether an image stands for an emoji, so its alt is part of the text: X and Facebook draw emoji
 * as images whose alt is the emoji itself (short), Discourse and forums as images with an emoji
 * class and a ":name:" alt. Ordinary images (photos, avatars) are left out.
 */
function isEmojiImage(el: Element, alt: string): boolean {
  if ([...alt].length <= 8) return true;
  return EMOJI_CODE.test(alt) || EMOJI_CLASS.test(el.getAttribute('class') ?? '');
}

/** Whether the element shows the line breaks of its source text (pre, or a white-space: pre* style or utility class). */
function keepsLineBreaks(el: Element): boolean {
  if (el.tagName.toUpperCase() === 'PRE') return true;
  // Most elements have neither: the cheap look first (this runs for every element read).
  const cls = el.getAttribute('class') ?? '';
  if (cls.includes('pre') && /(?:^|\s)(?:whitespace-pre(?:-wrap|-line)?|white-space-pre(?:-wrap|-line)?)(?:\s|$)/.test(cls)) return true;
  const style = el.getAttribute('style') ?? '';
  return style.includes('pre') && /white-space\s*:\s*pre/.test(style);
}

/** Collapses runs of spaces, trims each line, keeps at most one blank line between paragraphs. */
export function tidyText(text: string): string {
  // Short texts on one line with single spaces (names, handles, most tweets) need only the trim.
  if (!UNTIDY.test(text)) return text.trim();
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t\f\v\u200b]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The selector to query inside root with. Chrome answers a selector with a combinator
 * (".message-body .bbWrapper") asked of an element by looking through the whole document's
 * elements of the ancestor's class: each query costs as much as the page is long, and reading a
 * 10,000-post thread took minutes. The same selector inside :is() is matched within root only
 * (measured: 0.14 ms against 2.5 µs a query on a 4,000-post thread); the elements found are the same.
 */
function scoped(root: ParentNode, selector: string): string {
  return isElement(root) && !selector.includes(':scope') && /[\s>+~]/.test(selector.trim()) ? `:is(${selector})` : selector;
}

/** First element matching any of the selectors, in order of preference. */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(scoped(root, selector));
    if (found) return found;
  }
  return null;
}

/** All elements for the first selector that finds any, plus root itself when it matches. */
export function allMatches(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = Array.from(root.querySelectorAll(scoped(root, selector)));
    if (isElement(root) && root.matches(selector)) found.unshift(root);
    if (found.length > 0) return found;
  }
  return [];
}

export function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

/** A path of plain segments (letters, digits, "_", "-"): one the URL parser would leave as it is. */
const PLAIN_PATH = /^(?:\/[A-Za-z0-9_-]+)+\/?$/;
/** Origins of the string bases seen, so a plain path is joined without parsing its base each time. */
const originOfBase = new Map<string, string | null>();

function webOrigin(base: URL | string): string | null {
  if (typeof base !== 'string') return base.protocol === 'https:' || base.protocol === 'http:' ? base.origin : null;
  let origin = originOfBase.get(base);
  if (origin === undefined) {
    try {
      origin = webOrigin(new URL(base));
    } catch {
      origin = null;
    }
    originOfBase.set(base, origin);
  }
  return origin;
}

/**
 * An absolute URL for an href, or undefined when there is none or it does not parse. A site's own
 * plain path ("/acme/status/123") is joined to the page's origin directly: adapters make one or
 * two per post, and a URL object each was a measurable part of reading a feed.
 */
export function absoluteUrl(href: string | null | undefined, base: URL | string): string | undefined {
  if (!href) return undefined;
  if (PLAIN_PATH.test(href)) {
    const origin = webOrigin(base);
    if (origin) return origin + href;
  }
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

/** ISO 8601 for a datetime attribute, unix seconds or a parseable date string; undefined otherwise. */
export function isoTime(value: string | number | null | undefined): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const date =
    typeof value === 'number' || /^\d{9,11}$/.test(value)
      ? new Date(Number(value) * 1000)
      : /^\d{12,14}$/.test(value)
        ? new Date(Number(value))
        : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The content of a declarative shadow root, whether the parser attached it or left the template. */
export function shadowContent(host: Element): ParentNode | null {
  const attached = (host as HTMLElement).shadowRoot;
  if (attached) return attached;
  for (let child = host.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName === 'TEMPLATE' && (child.hasAttribute('shadowrootmode') || child.hasAttribute('shadowroot'))) {
      return (child as HTMLTemplateElement).content ?? child;
    }
  }
  return null;
}
