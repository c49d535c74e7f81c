// phpBB 3 forums on any domain (prosilver and its descendants: div.post#pN, .postbody .content,
// dl.postprofile). A quote that names whom it quotes (blockquote with a cite,
// "X wrote:") is that member's words and is left out of the reply's text; an uncited quote
// (blockquote.uncited) is the author citing a text and stays. Signatures and post buttons do not. Forumotion themes copy this markup and are left to the Forumotion adapter.
import type { Post } from '../core/model';
import { absoluteUrl, firstMatch, isoTime, readableText } from './dom';
import { declaredLang, firstPost, textOf, threadPlace } from './forum-thread';
import { phpbb as recognised } from './recognise';
import type { ReadContext, ReplyTarget, SiteAdapter } from './types';

const S = {
  post: {
    css: ['div.post[id^="p"]'],
    expect: { 'forum-phpbb-myoos-topic.html': 1 },
  },
  body: {
    css: ['.postbody .content', 'div.content'],
    expect: { 'forum-phpbb-myoos-topic.html': 1 },
  },
  author: { css: ['.postprofile a.username', '.postprofile a.username-coloured', 'p.author a.username', 'p.author a.username-coloured', '.postprofile .username', 'p.author strong'] },
  time: { css: ['p.author time[datetime]', 'time[datetime]'] },
  subject: { css: ['.postbody h3 a', '.postbody h3'] },
  topicTitle: { css: ['h2.topic-title a', 'h2.topic-title', 'h2 a[href*="viewtopic.php"]'] },
  permalink: { css: ['p.author a[href*="#p"]', '.postbody h3 a[href*="#p"]'] },
  /** Interface parts inside a body: signatures, attachment notices, "edited by" lines. */
  chrome: { css: ['.signature', '.notice', '.post-buttons', '.attachbox dt'] },
  /** Quotes of another member's post: their words, not the replier's, so they are left out of the text. */
  quote: { css: ['blockquote:not(.uncited)'] },
  replyOpener: { css: ['.post-buttons a[href*="mode=quote"]', 'a[href*="posting.php?mode=reply"]', 'a[href*="mode=reply"]'] },
  replyBox: { css: ['#qr_postform textarea[name="message"]', 'form#postform textarea[name="message"]', 'textarea#message', 'textarea[name="message"]'] },
} as const;

function postId(el: Element): string | null {
  return /^p(\d+)$/.exec(el.id)?.[1] ?? null;
}

/** phpBB pages a topic with start=N (posts from the N+1st on). */
function onFirstPage(url: URL): boolean {
  const start = url.searchParams.get('start');
  return !start || start === '0';
}

function isThreadPost(el: Element): boolean {
  return postId(el) !== null && firstMatch(el, S.body.css) !== null;
}

function readPost(el: Element, ctx: ReadContext): Post | null {
  const id = postId(el);
  if (!id) return null;
  const body = firstMatch(el, S.body.css);
  const authorEl = firstMatch(el, S.author.css);
  const name = textOf(authorEl);
  const profile = authorEl?.closest('a')?.getAttribute('href') ?? authorEl?.querySelector('a')?.getAttribute('href');
  const first = firstPost(ctx.document, S.post.css, isThreadPost);
  const place = threadPlace(id, first ? [{ id: postId(first) ?? '' }] : [], onFirstPage(ctx.url));
  // The opening post's subject is the topic title; replies' "Re: …" subjects add nothing.
  const subject = place.kind === 'post' ? textOf(firstMatch(el, S.subject.css)) || textOf(firstMatch(ctx.document, S.topicTitle.css)) : '';
  const bodyText = body ? readableText(body, { skip: [...S.chrome.css, ...S.quote.css].join(',') }) : '';
  const link = firstMatch(el, S.permalink.css)?.getAttribute('href');
  const lang = body ? declaredLang(body) : undefined;
  return {
    id,
    site: 'phpbb',
    ...place,
    author: { name, ...(name ? { handle: name } : {}), ...(profile ? { url: absoluteUrl(withoutSession(profile), ctx.url) } : {}) },
    text: [subject, bodyText].filter(Boolean).join('\n\n'),
    time: isoTime(firstMatch(el, S.time.css)?.getAttribute('datetime')),
    permalink: absoluteUrl(withoutSession(link ?? `./viewtopic.php?p=${id}#p${id}`), ctx.url),
    ...(lang ? { lang } : {}),
  };
}

/** phpBB appends the visitor's session id (sid=…) to links; it is not part of the address. */
function withoutSession(href: string): string {
  return href.replace(/([?&])sid=[0-9a-f]+&?/i, '$1').replace(/[?&](#|$)/, '$1');
}

export const phpbb: SiteAdapter = {
  id: 'phpbb',
  label: 'phpBB forum',
  selectors: S,
  matchesUrl: recognised.matchesUrl,
  detect: recognised.detect,
  expectsPosts: (url, doc) => /viewtopic\.php/.test(url.pathname) || doc.body?.classList.contains('section-viewtopic') === true,
  findPosts(root) {
    const selector = S.post.css[0];
    const found = Array.from(root.querySelectorAll(selector));
    if ((root as Element).matches?.(selector)) found.unshift(root as Element);
    return found.filter(isThreadPost);
  },
  readPost,
  textElement: (el) => firstMatch(el, S.body.css),
  replyTarget(el): ReplyTarget {
    const doc = el.ownerDocument;
    return {
      box: doc ? (firstMatch(doc, S.replyBox.css) as HTMLElement | null) : null,
      opener: (firstMatch(el, S.replyOpener.css) ?? (doc ? firstMatch(doc, S.replyOpener.css.slice(1)) : null)) as HTMLElement | null,
    };
  },
};
