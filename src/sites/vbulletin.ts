// vBulletin forums on any domain: vBulletin 4 (li.postcontainer#post_N), vBulletin 3
// (table#postN with div#post_message_N) and vBulletin 5 (li.b-post[data-node-id]). A quoted post
// ("Zitat von X") is left out of the reply's text, as the quoted member's words; signatures
// ("Mit der kostenlosen … App geschrieben") are left out too.
import type { Post } from '../core/model';
import { absoluteUrl, firstMatch, isoTime, readableText } from './dom';
import { declaredLang, firstPost, postNumber, textOf, threadPlace } from './forum-thread';
import { vbulletin as recognised } from './recognise';
import type { ReadContext, ReplyTarget, SiteAdapter } from './types';

const S = {
  post: {
    css: ['li.postcontainer[id^="post_"]', 'li.b-post[data-node-id]', 'div[id^="edit"] > table[id^="post"]'],
    expect: { 'forum-vbulletin-pocketpc-thread.html': 20 },
  },
  body: {
    css: ['[id^="post_message_"] blockquote.postcontent', '[id^="post_message_"]', '.js-post__content-text', 'blockquote.postcontent'],
    expect: { 'forum-vbulletin-pocketpc-thread.html': 20 },
  },
  author: { css: ['.username_container a.username', 'a.username', 'a.bigusername', '.b-userinfo__details .author a', '.author a', '.username'] },
  time: { css: ['time[datetime]', '.b-post__timestamp time[datetime]'] },
  number: { css: ['a.postcounter', '.b-post__count', 'a[id^="postcount"]'] },
  /** Interface parts inside a body: signatures, quote icons, "view post" arrows, ads. */
  chrome: { css: ['.signature', '.tapatalkSignatur', '.bbcode_postedby img', '.bbcode_postedby a[rel="nofollow"]', '.js-post__signature', 'script', '[id^="div-gpt-ad"]'] },
  /** Quotes of another member's post: their words, not the replier's, so they are left out of the text. */
  quote: { css: ['.bbcode_container > .bbcode_quote', '.bbcode_quote'] },
  replyOpener: { css: ['a.quickreply', 'a[id^="qr_"]', 'a[href*="newreply.php?do=newreply&p="]', '.js-post-control__reply', '.b-post-control__reply'] },
  replyBox: { css: ['#vB_Editor_QR_textarea', 'textarea[name="message"]', '.js-editor textarea', '[contenteditable="true"].cke_editable'] },
} as const;

function postId(el: Element): string | null {
  const node = el.getAttribute('data-node-id');
  if (node) return node;
  return /(\d+)$/.exec(el.id)?.[1] ?? null;
}

function numberOf(el: Element): number | undefined {
  const counter = firstMatch(el, S.number.css);
  if (!counter) return undefined;
  // vBulletin 3 keeps the number in the anchor name ("1"), vBulletin 4 and 5 show "#1".
  const named = counter.getAttribute('name');
  return postNumber(textOf(counter)) ?? (named && /^\d+$/.test(named) ? Number(named) : undefined);
}

/** vBulletin puts the page in the query (page=2), as /page2, or as a "-2.html" suffix. */
function onFirstPage(url: URL): boolean {
  const page = url.searchParams.get('page') ?? /\/page(\d+)/.exec(url.pathname)?.[1] ?? /-(\d+)\.html$/.exec(url.pathname)?.[1];
  return !page || page === '1';
}

function readPost(el: Element, ctx: ReadContext): Post | null {
  const id = postId(el);
  if (!id) return null;
  const body = firstMatch(el, S.body.css);
  const authorLink = firstMatch(el, S.author.css);
  const name = textOf(authorLink);
  const href = authorLink?.getAttribute('href');
  const counter = firstMatch(el, S.number.css);
  const first = firstPost(ctx.document, S.post.css);
  const firstPosts = first ? [{ id: postId(first) ?? '', number: numberOf(first) }] : [];
  const lang = body ? declaredLang(body) : undefined;
  return {
    id,
    site: 'vbulletin',
    ...threadPlace(id, firstPosts, onFirstPage(ctx.url)),
    author: { name, ...(name ? { handle: name } : {}), ...(href ? { url: absoluteUrl(href, ctx.url) } : {}) },
    text: body ? readableText(body, { skip: [...S.chrome.css, ...S.quote.css].join(',') }) : '',
    time: isoTime(firstMatch(el, S.time.css)?.getAttribute('datetime')),
    permalink: absoluteUrl(counter?.getAttribute('href') ?? `showthread.php?p=${id}#post${id}`, ctx.url),
    ...(lang ? { lang } : {}),
  };
}

export const vbulletin: SiteAdapter = {
  id: 'vbulletin',
  label: 'vBulletin forum',
  selectors: S,
  matchesUrl: recognised.matchesUrl,
  detect: recognised.detect,
  expectsPosts: (url, doc) =>
    /showthread\.php|showpost\.php|\/\d+-[^/]*\.html$|\/forum\/.+/.test(url.pathname) || doc.querySelector('#posts, #postlist, .conversation-list') !== null,
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
