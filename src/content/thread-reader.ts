// Reads a post and the conversation around it, as the site's adapter sees the page, with what
// the engine says about each post: the coach's Listen step shows exactly this.
import type { AnalyzeHint } from '../core/engine';
import type { Analysis, Post, SiteId } from '../core/model';
import type { ThreadPost } from '../messaging/protocol';
import type { ReadContext, SiteAdapter } from '../sites/types';

/** Sites whose pages are one thread each, posts in a flat list without reply links. */
const THREAD_PAGE_SITES: ReadonlySet<SiteId> = new Set(['xenforo', 'vbulletin', 'phpbb', 'forumotion', 'discourse', 'stackexchange', 'hn']);

const MAX_THREAD_POSTS = 200;
const MAX_TEXT = 20_000;

export interface ReadPost {
  post: Post;
  element: Element;
}

/** Every post the adapter finds on the page, in document order; unreadable ones are skipped. */
export function readAllPosts(adapter: SiteAdapter, context: ReadContext, root: ParentNode): ReadPost[] {
  const read: ReadPost[] = [];
  const seen = new Set<string>();
  for (const element of adapter.findPosts(root, context)) {
    let post: Post | null = null;
    try {
      post = adapter.readPost(element, context);
    } catch {
      post = null;
    }
    if (!post || seen.has(post.id)) continue;
    seen.add(post.id);
    read.push({ post, element });
  }
  return read;
}

/**
 * The posts that belong to the target's conversation: its ancestors, its replies (at any depth)
 * and its siblings, by the parent links the adapter reads. Where a site draws a thread as a flat
 * list (forums), every post on the page is part of it. On a timeline, a lone post stays alone.
 */
export function threadOf(target: Post, all: readonly Post[], site: SiteId): Post[] {
  const byId = new Map(all.map((post) => [post.id, post]));
  const keep = new Set<string>([target.id]);
  for (let parent = target.parent; parent && byId.has(parent) && !keep.has(parent); parent = byId.get(parent)?.parent) keep.add(parent);
  let grew = true;
  while (grew) {
    grew = false;
    for (const post of all) {
      if (keep.has(post.id) || !post.parent) continue;
      const sibling = target.parent !== undefined && post.parent === target.parent;
      if (keep.has(post.parent) || sibling) {
        keep.add(post.id);
        grew = true;
      }
    }
  }
  const linked = all.some((post) => post.parent !== undefined);
  if (keep.size === 1 && !linked && THREAD_PAGE_SITES.has(site)) return [...all];
  return all.filter((post) => keep.has(post.id));
}

/** The page's engine (answers come from the worker) or the core engine (answers at once). */
export interface ThreadEngine {
  analyze(text: string, hint?: AnalyzeHint): Analysis | Promise<Analysis>;
}

export async function describePost(post: Post, engine: ThreadEngine): Promise<ThreadPost> {
  const text = post.text.length > MAX_TEXT ? post.text.slice(0, MAX_TEXT) : post.text;
  const analysis = await engine.analyze(text, post.lang ? { lang: post.lang } : {});
  const cues = (list: { text: string; signal: string }[]) => list.slice(0, 12).map(({ text: cue, signal }) => ({ text: cue, signal }));
  return {
    id: post.id,
    site: post.site,
    kind: post.kind,
    author: post.author,
    text,
    ...(post.time ? { time: post.time } : {}),
    ...(post.permalink ? { permalink: post.permalink } : {}),
    ...(post.parent ? { parent: post.parent } : {}),
    lang: analysis.lang,
    labels: analysis.labels,
    intent: { label: analysis.intent.label, score: analysis.intent.score, cues: cues(analysis.intent.cues) },
    sentiment: { label: analysis.sentiment.label, score: analysis.sentiment.score, cues: cues(analysis.sentiment.cues) },
  };
}

export type ThreadReading = { found: false } | { found: true; post: ThreadPost; thread: ThreadPost[] };

/** The target post and its thread (target included, document order), or found: false when it left the page. */
export async function readThread(adapter: SiteAdapter, context: ReadContext, engine: ThreadEngine, postId: string): Promise<ThreadReading> {
  const all = readAllPosts(adapter, context, context.document).map((read) => read.post);
  const target = all.find((post) => post.id === postId);
  if (!target) return { found: false };
  const thread = threadOf(target, all, adapter.id);
  const start = Math.max(0, Math.min(thread.findIndex((post) => post.id === postId) - MAX_THREAD_POSTS / 2, thread.length - MAX_THREAD_POSTS));
  const [post, ...described] = await Promise.all([target, ...thread.slice(start, start + MAX_THREAD_POSTS)].map((one) => describePost(one, engine)));
  return { found: true, post: post!, thread: described };
}
