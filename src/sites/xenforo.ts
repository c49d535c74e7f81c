// XenForo forums on any domain: XenForo 2 (article.message--post, html#XF) and XenForo 1
// (li.message[id^=post-], blockquote.messageText). A quoted post ("X said: …", with its
// "Click to expand…") is left out of the reply's text: those are the quoted member's words, and a
// listening tool must not put them in the replier's mouth (the quoted post is read on its own).
// Signatures are left out too.
import type { Post } from '../core/model';
import { absoluteUrl, firstMatch, isoTime, readableText } from './dom';
import { declaredLang, postNumber, textOf, threadPlace } from './forum-thread';
import { xenforo as recognised } from './recognise';
import type { ReadContext, ReplyTarget, SiteAdapter } from './types';

const S = {
  post: {
    css: ['article.message--post[data-content]', 'li.message[id^="post-"]'],
    expect: { 'forum-xenforo-katzenforum-thread.html': 18 },
  },
  body: {
    css: ['.message-body .bbWrapper', '.message-userContent .bbWrapper', '.messageContent .messageText', 'blockquote.messageText'],
    expect: { 'forum-xenforo-katzenforum-thread.html': 18 },
  },
  author: { css: ['.message-name .username', 'h4.message-name a', '.messageUserInfo a.username', 'a.username'] },
  time: { css: ['.message-attribution-main time[datetime]', 'time.u-dt[datetime]', '.privateControls .DateTime[data-time]', '.DateTime[data-time]', 'abbr.DateTime[data-time]'] },
  number: { css: ['.message-attribution-opposite li:last-child', '.message-attribution-opposite', 'a.postNumber'] },
  permalink: { css: ['.message-attribution-main a[href*="/post-"]', '.message-attribution-opposite a[href*="/post-"]', 'a.datePermalink', 'a.postNumber'] },
  /** Interface parts inside a body: quote expanders, attachment buttons, signatures. */
  chrome: { css: ['.bbCodeBlock-expandLink', '.message-signature', '.signature', '.js-selectToQuoteEnd', '.bbCodeSpoiler-button'] },
  /** Quotes of another member's post: their words, not the replier's, so they are left out of the text. */
  quote: { css: ['blockquote.bbCodeBlock--quote', '.bbCodeBlock.bbCodeQuote', 'div.bbCodeQuote'] },
  replyOpener: { css: ['a.actionBar-action--reply', 'a.ReplyQuote', 'a[data-xf-click="quote"]'] },
  replyBox: { css: ['form.js-quickReply .fr-element[contenteditable="true"]', 'form.js-quickReply textarea[name="message"]', '#QuickReply textarea[name="message"]', 'textarea[name="message_html"]', 'textarea[name="message"]'] },
} as const;

function postId(el: Element): string | null {
  const content = el.getAttribute('data-content') ?? el.id;
  return /(\d+)$/.exec(content ?? '')?.[1] ?? null;
}

function readTime(el: Element): string | undefined {
  const stamp = firstMatch(el, S.time.css);
  if (!stamp) return undefined;
  return isoTime(stamp.getAttribute('datetime')) ?? isoTime(stamp.getAttribute('data-time'));
}

/** XenForo 2 puts page-2… in the path (/threads/slug.123/page-2), XenForo 1 too. */
function onFirstPage(url: URL): boolean {
  return !/\/page-(\d+)/.test(url.pathname) || /\/page-1\/?$/.test(url.pathname);
}

function numberOf(el: Element): number | undefined {
  return postNumber(textOf(firstMatch(el, S.number.css)));
}

function readPost(el: Element, ctx: ReadContext): Post | null {
  const id = postId(el);
  if (!id) return null;
  const body = firstMatch(el, S.body.css);
  const authorLink = firstMatch(el, S.author.css);
  const name = el.getAttribute('data-author') ?? textOf(authorLink);
  // Only the page's first post can be the opening one (numbers rise down the page): looking at it
  // alone keeps reading a 10,000-post thread linear.
  const first = firstMatch(ctx.document, S.post.css);
  const firstPosts = first ? [{ id: postId(first) ?? '', number: numberOf(first) }] : [];
  const place = threadPlace(id, firstPosts, onFirstPage(ctx.url));
  const link = firstMatch(el, S.permalink.css)?.getAttribute('href');
  const lang = body ? declaredLang(body) : undefined;
  return {
    id,
    site: 'xenforo',
    ...place,
    author: {
      name,
      ...(name ? { handle: name } : {}),
      ...(authorLink?.getAttribute('href') ? { url: absoluteUrl(authorLink.getAttribute('href'), ctx.url) } : {}),
    },
    text: body ? readableText(body, { skip: [...S.chrome.css, ...S.quote.css].join(',') }) : '',
    time: readTime(el),
    permalink: absoluteUrl(link ?? `/posts/${id}/`, ctx.url),
    ...(lang ? { lang } : {}),
  };
}

export const xenforo: SiteAdapter = {
  id: 'xenforo',
  label: 'XenForo forum',
  selectors: S,
  matchesUrl: recognised.matchesUrl,
  detect: recognised.detect,
  expectsPosts: (url, doc) => /\/threads\//.test(url.pathname) || doc.documentElement?.getAttribute('data-template') === 'thread_view',
  findPosts(root) {
    for (const selector of S.post.css) {
      const found = Array.from(root.querySelectorAll(selector));
      if ((root as Element).matches?.(selector)) found.unshift(root as Element);
      if (found.length > 0) return found;
    }
    return [];
  },
  readPost,
  textElement: (el) => firstMatch(el, S.body.css),
  replyTarget(el): ReplyTarget {
    const doc = el.ownerDocument;
    return {
      box: doc ? (firstMatch(doc, S.replyBox.css) as HTMLElement | null) : null,
      opener: firstMatch(el, S.replyOpener.css) as HTMLElement | null,
    };
  },
};
