// Discourse forums on any domain: the JS-rendered topic (div.topic-post > article#post_N
// [data-post-id], .cooked) and the crawler view served to visitors without scripts
// (div.topic-body.crawler-post, often inside <noscript>). In a browser with scripting on,
// <noscript> holds raw text, so it is parsed with ctx.parseHtml; the rendered topic wins when both exist.
import type { Author, Post } from '../core/model';
import { absoluteUrl, firstMatch, isoTime, readableText } from './dom';
import { declaredLang, firstPost, postNumber, textOf, threadPlace } from './forum-thread';
import { discourse as recognised } from './recognise';
import type { ReadContext, ReplyTarget, SiteAdapter } from './types';

const S = {
  /** Rendered posts first; the crawler view (last selector) counts only when none are rendered. */
  post: {
    css: ['.topic-post article[data-post-id]', 'article.topic-post[data-post-id]', '.topic-post[data-post-id]', 'div.topic-body.crawler-post'],
    expect: { 'discourse-onebox-meta-topic-crawlerview-2020.html': 2 },
  },
  /** The crawler view: posts carry no id, only their position (#1, #2…). */
  crawlerPost: {
    css: ['div.topic-body.crawler-post', '.crawler-post[itemtype*="DiscussionForumPosting"]'],
    expect: { 'discourse-onebox-meta-topic-crawlerview-2020.html': 2 },
  },
  body: { css: ['.cooked', '[itemprop="articleBody"]'] },
  username: { css: ['.names .username a', '.names .username', '.creator [itemprop="name"]'] },
  fullName: { css: ['.names .full-name a', '.names .full-name'] },
  profile: { css: ['.names a[href*="/u/"]', '.creator a[itemprop="url"]', 'a[href*="/u/"]'] },
  time: { css: ['.post-date [data-time]', '.post-date[data-time]', '.relative-date[data-time]', '[itemprop="datePublished"]', 'time[datetime]'] },
  postDate: { css: ['a.post-date[href]', '.post-date a[href]'] },
  position: { css: ['[itemprop="position"]'] },
  /** Interface parts inside a post body: image file name and size, quote buttons, "click to expand". */
  chrome: { css: ['.lightbox-wrapper .meta', '.quote-controls', '.expand-hidden', '.cooked-selection-barrier', '.post-menu-area'] },
  /** Quotes of another member's post: their words, not the replier's, so they are left out of the text. */
  quote: { css: ['aside.quote'] },
  replyOpener: { css: ['.post-controls button.reply', 'button.reply.create', 'button.reply'] },
  replyBox: { css: ['#reply-control textarea.d-editor-input', '#reply-control .ProseMirror[contenteditable="true"]', 'textarea.d-editor-input'] },
} as const;

const TOPIC_PATH = /\/t\/(?:[^/]+\/)?(\d+)(?:\/(\d+))?/;
const parsedNoscript = new WeakMap<Element, { source: string; posts: Element[] }>();

function topicId(ctx: ReadContext): string | undefined {
  const canonical = ctx.document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return TOPIC_PATH.exec(ctx.url.pathname)?.[1] ?? (canonical ? TOPIC_PATH.exec(canonical)?.[1] : undefined);
}

function isCrawler(el: Element): boolean {
  return el.matches(S.crawlerPost.css.join(','));
}

const RENDERED_POST_CSS = S.post.css.slice(0, 3);
// Small actions ("closed the topic", "split this topic") are not posts: they have no .cooked.
const hasCooked = (el: Element): boolean => el.querySelector('.cooked') !== null;

function rendered(root: ParentNode): Element[] {
  for (const selector of RENDERED_POST_CSS) {
    const found = Array.from(root.querySelectorAll(selector));
    if ((root as Element).matches?.(selector)) found.unshift(root as Element);
    const posts = found.filter(hasCooked);
    if (posts.length > 0) return posts;
  }
  return [];
}

/** Crawler posts in the page, or inside <noscript> text parsed on demand (once per content). */
function crawler(root: ParentNode, ctx: ReadContext): Element[] {
  const selector = S.crawlerPost.css.join(',');
  const direct = Array.from(root.querySelectorAll(selector));
  if ((root as Element).matches?.(selector)) direct.unshift(root as Element);
  if (direct.length > 0) return direct;
  return Array.from(root.querySelectorAll('noscript')).flatMap((noscript) => {
    if (noscript.firstElementChild) return [];
    const source = noscript.textContent ?? '';
    if (!source.includes('crawler-post')) return [];
    const cached = parsedNoscript.get(noscript);
    if (cached && cached.source === source) return cached.posts;
    const posts = Array.from(ctx.parseHtml(source).querySelectorAll(selector));
    parsedNoscript.set(noscript, { source, posts });
    return posts;
  });
}

function findPosts(root: ParentNode, ctx: ReadContext): Element[] {
  const live = rendered(root);
  if (live.length > 0) return live;
  // Once the app has rendered any post, the crawler copy is a stale duplicate.
  if (rendered(ctx.document).length > 0) return [];
  return crawler(root, ctx);
}

function numberOf(el: Element): number | undefined {
  if (isCrawler(el)) return postNumber(textOf(firstMatch(el, S.position.css)));
  const fromId = /^post_(\d+)$/.exec(el.id)?.[1];
  const fromLink = firstMatch(el, S.postDate.css)?.getAttribute('data-post-number');
  return fromId ? Number(fromId) : fromLink ? Number(fromLink) : undefined;
}

function idOf(el: Element, ctx: ReadContext): string | null {
  if (!isCrawler(el)) return el.getAttribute('data-post-id');
  const topic = topicId(ctx);
  const n = numberOf(el);
  return topic && n !== undefined ? `${topic}/${n}` : null;
}

function readAuthor(el: Element, ctx: ReadContext): Author {
  const handle = textOf(firstMatch(el, S.username.css)).replace(/^@/, '');
  let name = textOf(firstMatch(el, S.fullName.css));
  if (!name && isCrawler(el)) {
    // Crawler view: "techAPJ (Arpit Jalan)", the full name in brackets after the username.
    name = /\(([^)]+)\)\s*$/.exec(textOf(el.querySelector('.creator')))?.[1] ?? '';
  }
  const href = firstMatch(el, S.profile.css)?.getAttribute('href');
  return { name: name || handle, ...(handle ? { handle } : {}), ...(href ? { url: absoluteUrl(href, ctx.url) } : {}) };
}

function readTime(el: Element): string | undefined {
  const stamp = firstMatch(el, S.time.css);
  if (!stamp) return undefined;
  return isoTime(stamp.getAttribute('data-time')) ?? isoTime(stamp.getAttribute('datetime')) ?? isoTime(stamp.getAttribute('content'));
}

function readPost(el: Element, ctx: ReadContext): Post | null {
  const id = idOf(el, ctx);
  if (!id) return null;
  const body = firstMatch(el, S.body.css);
  const n = numberOf(el);
  const first = firstPost(ctx.document, RENDERED_POST_CSS, hasCooked) ?? crawler(ctx.document, ctx)[0];
  const firstPosts = first ? [{ id: idOf(first, ctx) ?? '', number: numberOf(first) }] : [];
  const topic = topicId(ctx);
  const dateLink = firstMatch(el, S.postDate.css)?.getAttribute('href');
  const path = dateLink ?? (topic && n !== undefined ? `/t/${topic}/${n}` : undefined);
  // Crawler posts parsed from <noscript> live in a detached document: the page's lang applies.
  const lang = (body ? declaredLang(body) : undefined) ?? declaredLang(ctx.document.documentElement);
  return {
    id,
    site: 'discourse',
    ...threadPlace(id, firstPosts, true),
    author: readAuthor(el, ctx),
    text: body ? readableText(body, { skip: [...S.chrome.css, ...S.quote.css].join(',') }) : '',
    time: readTime(el),
    permalink: absoluteUrl(path, ctx.url),
    ...(lang ? { lang } : {}),
  };
}

export const discourse: SiteAdapter = {
  id: 'discourse',
  label: 'Discourse forum',
  selectors: S,
  matchesUrl: recognised.matchesUrl,
  detect: recognised.detect,
  expectsPosts: (url) => TOPIC_PATH.test(url.pathname),
  findPosts,
  readPost,
  textElement: (el) => firstMatch(el, S.body.css),
  replyTarget(el): ReplyTarget {
    const doc = el.ownerDocument;
    return {
      box: doc ? (firstMatch(doc, S.replyBox.css) as HTMLElement | null) : null,
      opener: isCrawler(el) ? null : (firstMatch(el, S.replyOpener.css) as HTMLElement | null),
    };
  },
};
