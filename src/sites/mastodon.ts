// Mastodon on any instance: the 4.x web app (div.status[data-id], the focused .detailed-status,
// and the article[data-id] wrappers recent versions put around list items). On a status page the
// thread is ancestors, the focused status, then replies; the DOM does not say which reply answers
// which, so replies are taken to answer the focused status.
import type { Author, Post, PostKind } from '../core/model';
import { absoluteUrl, firstMatch, isoTime, readableText } from './dom';
import { mastodon as recognised } from './recognise';
import type { ReadContext, ReplyTarget, SiteAdapter } from './types';

const S = {
  post: { css: ['div.status[data-id], .detailed-status, article[data-id]'] },
  content: { css: ['.status__content'] },
  text: { css: ['.status__content__text', '.status__content'] },
  displayName: { css: ['.display-name__html', '.display-name strong', '.display-name bdi'] },
  account: { css: ['.display-name__account', '.display-name span'] },
  authorLink: { css: ['a.status__display-name[href]', 'a.detailed-status__display-name[href]'] },
  time: { css: ['a.status__relative-time time[datetime]', '.status__relative-time time[datetime]', 'time[datetime]'] },
  permalink: { css: ['a.status__relative-time[href]', 'a.detailed-status__datetime[href]'] },
  /** Interface parts inside the content: CW toggle, "read more", translate, the hidden URL parts. */
  chrome: { css: ['.status__content__spoiler-link', '.status__content__read-more-button', '.status__content__translate-button', '.translate-button', '.invisible', '.media-gallery', '.status-card'] },
  actionBar: { css: ['.status__action-bar', '.detailed-status__action-bar'] },
  replyBox: { css: ['.compose-form textarea.autosuggest-textarea__textarea', '.compose-form textarea'] },
} as const;

const STATUS_PATH = /^\/(?:@[^/]+|users\/[^/]+\/statuses|statuses)\/(\d+)\/?$/;

function statusId(el: Element): string | null {
  const own = el.getAttribute('data-id');
  if (own) return own;
  const href = firstMatch(el, S.permalink.css)?.getAttribute('href') ?? '';
  return /\/(\d+)\/?(?:[?#].*)?$/.exec(href)?.[1] ?? null;
}

/** The part of the page that holds one status and its action bar. */
function scope(el: Element): Element {
  return el.matches('.detailed-status') ? (el.closest('.detailed-status__wrapper') ?? el) : el;
}

/** Mastodon ids are Snowflakes: the top bits are the creation time in milliseconds. */
function timeFromId(id: string): string | undefined {
  if (!/^\d{16,19}$/.test(id)) return undefined;
  const ms = Number(BigInt(id) >> 16n);
  return ms > Date.UTC(2016, 0, 1) && ms < Date.now() + 86_400_000 ? new Date(ms).toISOString() : undefined;
}

function readAuthor(el: Element, ctx: ReadContext): Author {
  const name = (firstMatch(el, S.displayName.css)?.textContent ?? '').trim();
  const account = (firstMatch(el, S.account.css)?.textContent ?? '').trim().replace(/^@/, '');
  // Local accounts show "@user"; the handle names the instance too so it means one person.
  const handle = account ? (account.includes('@') ? account : `${account}@${ctx.url.hostname}`) : undefined;
  const href = firstMatch(el, S.authorLink.css)?.getAttribute('href');
  return { name: name || account, ...(handle ? { handle } : {}), ...(href ? { url: absoluteUrl(href, ctx.url) } : {}) };
}

function readText(el: Element): { text: string; lang?: string } {
  const content = firstMatch(el, S.content.css);
  if (!content) return { text: '' };
  const inner = content.querySelector('.status__content__text');
  const lang = (inner ?? content).getAttribute('lang') ?? content.querySelector('[lang]')?.getAttribute('lang') ?? undefined;
  // Behind a content warning the text is hidden but on the page: read the warning, then the text.
  return { text: readableText(content, { skip: S.chrome.css.join(',') }), ...(lang ? { lang } : {}) };
}

/**
 * Whether a status element is a post of its own: an article wrapper holding a status is the same
 * post (the status itself is kept); a status shown inside another one (a quote) belongs to it.
 */
function isOwnStatus(el: Element): boolean {
  return !(el.matches('article[data-id]') && el.querySelector('div.status[data-id], .detailed-status')) && !el.parentElement?.closest('div.status[data-id], .detailed-status');
}

function placeInThread(el: Element, id: string, ctx: ReadContext): { kind: PostKind; parent?: string } {
  const focal = STATUS_PATH.exec(ctx.url.pathname)?.[1] ?? statusId(ctx.document.querySelector('.detailed-status') ?? el);
  const focalEl = ctx.document.querySelector('.detailed-status');
  if (!focalEl || !focal) return { kind: 'post' };
  // Neither in the thread (as findPosts would list it): no place in it.
  if (!el.matches(S.post.css[0]) || !isOwnStatus(el) || !isOwnStatus(focalEl)) return { kind: 'post' };
  // Replies (after the focal status) are placed without listing the thread: reading a long thread
  // stays linear. Only the few statuses above it need their predecessor.
  if (focalEl.compareDocumentPosition(el) & 4 /* FOLLOWING */) return { kind: 'reply', parent: focal };
  const thread = mastodon.findPosts(ctx.document, ctx);
  const index = thread.indexOf(el);
  const focalIndex = thread.indexOf(focalEl);
  if (index < 0 || focalIndex < 0) return { kind: 'post' };
  if (index > focalIndex) return { kind: 'reply', parent: focal };
  const previous = index > 0 ? statusId(thread[index - 1] as Element) : null;
  return previous && previous !== id ? { kind: 'reply', parent: previous } : { kind: 'post' };
}

function readPost(el: Element, ctx: ReadContext): Post | null {
  const id = statusId(el);
  if (!id) return null;
  const { text, lang } = readText(el);
  const stamp = firstMatch(el, S.time.css);
  const link = firstMatch(el, S.permalink.css)?.getAttribute('href');
  const author = readAuthor(el, ctx);
  return {
    id,
    site: 'mastodon',
    ...placeInThread(el, id, ctx),
    author,
    text,
    time: isoTime(stamp?.getAttribute('datetime')) ?? timeFromId(id),
    permalink: absoluteUrl(link ?? `/statuses/${id}`, ctx.url),
    ...(lang ? { lang } : {}),
  };
}

export const mastodon: SiteAdapter = {
  id: 'mastodon',
  label: 'Mastodon',
  selectors: S,
  matchesUrl: recognised.matchesUrl,
  detect: recognised.detect,
  expectsPosts: (url) => /^\/(@[^/]+|home|public|explore|tags|deck|lists|bookmarks|favourites|statuses|users)/.test(url.pathname),
  findPosts(root) {
    const selector = S.post.css[0];
    const found = Array.from(root.querySelectorAll(selector));
    if ((root as Element).matches?.(selector)) found.unshift(root as Element);
    return found.filter(isOwnStatus);
  },
  readPost,
  textElement: (el) => firstMatch(el, S.text.css),
  replyTarget(el): ReplyTarget {
    const bar = firstMatch(scope(el), S.actionBar.css);
    const buttons = bar ? Array.from(bar.querySelectorAll('button')) : [];
    // The reply button comes first; its icon says "reply" whatever the interface language.
    const reply = buttons.find((b) => b.querySelector('.fa-reply, [class*="icon-reply"], [class*="reply"]')) ?? buttons[0] ?? null;
    const doc = el.ownerDocument;
    return { box: doc ? (firstMatch(doc, S.replyBox.css) as HTMLElement | null) : null, opener: reply as HTMLElement | null };
  },
};
