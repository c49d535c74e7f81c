// What forum engines share: a thread is one opening post and replies to it, numbered "#1", "#2"…
// Used by the XenForo, vBulletin, phpBB, Forumotion and Discourse adapters.
import type { PostKind } from '../core/model';

export interface ThreadPlace {
  kind: PostKind;
  parent?: string;
}

/** The number in a post counter such as "#661", "Beitrag #4" or "Post #2", else undefined. */
export function postNumber(text: string | null | undefined): number | undefined {
  const m = /#\s*(\d{1,7})/.exec(text ?? '');
  return m?.[1] ? Number(m[1]) : undefined;
}

/**
 * Where a post stands in its thread. The opening post is the one numbered 1; where the engine
 * shows no numbers, the first post on the first page. Replies answer the opening post when it is
 * on the page; on later pages their parent is unknown and left out.
 */
export function threadPlace(
  id: string,
  posts: readonly { id: string; number?: number }[],
  onFirstPage: boolean,
): ThreadPlace {
  const numbered = posts.some((p) => p.number !== undefined);
  const opener = numbered ? posts.find((p) => p.number === 1) : onFirstPage ? posts[0] : undefined;
  if (opener?.id === id) return { kind: 'post' };
  return opener ? { kind: 'reply', parent: opener.id } : { kind: 'reply' };
}

/**
 * The post an adapter's findPosts would list first: the first of the first selector that finds
 * one passing `keep`. Post numbers rise down the page, so the opening post can only be the page's
 * first: `threadPlace` given just this one reads a 10,000-post thread in linear time.
 */
export function firstPost(doc: ParentNode, selectors: readonly string[], keep: (el: Element) => boolean = () => true): Element | null {
  for (const selector of selectors) {
    const first = doc.querySelector(selector);
    if (!first) continue;
    if (keep(first)) return first;
    for (const el of Array.from(doc.querySelectorAll(selector))) if (keep(el)) return el;
  }
  return null;
}

/** The language the page declares for an element (nearest lang attribute), ignoring "und". */
export function declaredLang(el: Element): string | undefined {
  const lang = el.closest('[lang]')?.getAttribute('lang')?.trim();
  return lang && lang.toLowerCase() !== 'und' ? lang : undefined;
}

/** An element's text on one line, spaces collapsed (for names and short labels). */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
