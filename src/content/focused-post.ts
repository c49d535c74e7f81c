// Which post the person means when they ask for the coach without pointing at a post:
// the one they right-clicked ("Listen to this post"), else the one holding focus or the
// selection, else the marked post nearest the middle of the screen (keyboard shortcut).
import { MATCH_ATTRIBUTE, POST_ATTRIBUTE } from './post-tracker';

const CONTEXT_MENU_FRESH_MS = 60_000;

let rightClicked: { postId: string; at: number } | null = null;

function postIdOf(node: Node | null): string | undefined {
  const el = node instanceof Element ? node : (node?.parentElement ?? null);
  return el?.closest(`[${POST_ATTRIBUTE}]`)?.getAttribute(POST_ATTRIBUTE) ?? undefined;
}

/** Remembers the post under the last right click, for the context-menu item. */
export function watchContextMenu(doc: Document): void {
  doc.addEventListener(
    'contextmenu',
    (event) => {
      const postId = postIdOf(event.composedPath()[0] as Node | null);
      rightClicked = postId ? { postId, at: Date.now() } : null;
    },
    { capture: true, passive: true },
  );
}

function nearestToMiddle(doc: Document): string | undefined {
  const middle = (doc.defaultView?.innerHeight ?? 0) / 2;
  let best: { id: string; distance: number } | undefined;
  for (const el of Array.from(doc.querySelectorAll(`[${MATCH_ATTRIBUTE}]`))) {
    const rect = el.getBoundingClientRect();
    if (rect.height === 0 || rect.bottom < 0 || rect.top > middle * 2) continue;
    const distance = rect.top <= middle && rect.bottom >= middle ? 0 : Math.min(Math.abs(rect.top - middle), Math.abs(rect.bottom - middle));
    const id = el.getAttribute(POST_ATTRIBUTE);
    if (id && (!best || distance < best.distance)) best = { id, distance };
  }
  return best?.id;
}

export function focusedPostId(doc: Document): string | undefined {
  if (rightClicked && Date.now() - rightClicked.at < CONTEXT_MENU_FRESH_MS) return rightClicked.postId;
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return postIdOf(active) ?? postIdOf(doc.getSelection()?.anchorNode ?? null) ?? nearestToMiddle(doc);
}
