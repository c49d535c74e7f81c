// The small badge shown on a matched post. It lives in a closed shadow root, built with DOM
// calls only (X and LinkedIn enforce Trusted Types), so neither page CSS nor page scripts reach it.

export const BADGE_ATTRIBUTE = 'data-hearken-badge';

const STYLE = `
:host { all: initial; display: inline-block; margin: 2px 0 2px 6px; vertical-align: middle; }
.badge { font: 600 12px/1.4 system-ui, sans-serif; color: #0b3d2e; background: #d9f2e6; border: 1px solid #1f7a55;
  border-radius: 999px; padding: 1px 8px; display: inline-flex; gap: 6px; align-items: center; }
.mark { font-weight: 700; }
.listen { font: 600 12px/1.4 system-ui, sans-serif; color: #ffffff; background: #1f7a55; border: 1px solid #1f7a55;
  border-radius: 999px; padding: 1px 10px; margin-left: 4px; cursor: pointer; }
.listen:hover { background: #17603f; }
.listen:focus-visible { outline: 3px solid #0a58ca; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .badge { color: #e3fff1; background: #0f3b2a; border-color: #5fd4a0; }
  .listen { color: #0b3d2e; background: #5fd4a0; border-color: #5fd4a0; }
  .listen:hover { background: #8fe6bf; }
  .listen:focus-visible { outline-color: #79b8ff; }
}
`;

export interface BadgeContent {
  labels: string[];
  intent: string;
  sentiment: string;
  why: string;
  /** Opens the coach for this post; the badge shows a "Listen" button when given. */
  listen?: { label: string; onListen(): void };
}

const roots = new WeakMap<Element, ShadowRoot>();
const adopted = new WeakMap<ShadowRoot, boolean>();

/** One stylesheet shared by every badge (parsed once), where the browser lets a content script adopt it. */
let shared: CSSStyleSheet | null | undefined;

function adoptStyle(root: ShadowRoot): boolean {
  if (shared === undefined) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
      shared = sheet;
    } catch {
      shared = null;
    }
  }
  if (!shared) return false;
  try {
    root.adoptedStyleSheets = [shared];
    return true;
  } catch {
    // Firefox's content scripts cannot hand a sheet of theirs to the page's shadow root.
    shared = null;
    return false;
  }
}

/** Creates or updates the badge of a post, placed at the end of its text. */
export function showBadge(anchor: Element, content: BadgeContent): Element {
  let host = anchor.querySelector(`:scope > [${BADGE_ATTRIBUTE}]`);
  if (!host) {
    host = anchor.ownerDocument.createElement('span');
    host.setAttribute(BADGE_ATTRIBUTE, '');
    const shadow = host.attachShadow({ mode: 'closed' });
    roots.set(host, shadow);
    adopted.set(shadow, adoptStyle(shadow));
    anchor.append(host);
  }
  const root = roots.get(host);
  if (!root) return host;
  const doc = anchor.ownerDocument;
  const badge = doc.createElement('span');
  badge.className = 'badge';
  badge.setAttribute('role', 'note');
  badge.title = content.why;
  badge.setAttribute('aria-label', `Hearken: ${content.labels.join(', ')}. ${content.why}`);
  const mark = doc.createElement('span');
  mark.className = 'mark';
  mark.textContent = `◉ ${content.labels.join(', ')}`;
  const detail = doc.createElement('span');
  detail.textContent = `${content.intent} · ${content.sentiment}`;
  badge.append(mark, detail);
  const parts: Element[] = [badge];
  if (!adopted.get(root)) {
    const style = doc.createElement('style');
    style.textContent = STYLE;
    parts.unshift(style);
  }
  if (content.listen) {
    const { label, onListen } = content.listen;
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'listen';
    button.textContent = label;
    // The site's own handlers (open the post, keyboard shortcuts) must not see these.
    button.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      onListen();
    });
    for (const type of ['keydown', 'keyup', 'keypress', 'mousedown', 'mouseup', 'pointerdown', 'pointerup']) {
      button.addEventListener(type, (event) => event.stopPropagation());
    }
    parts.push(button);
  }
  root.replaceChildren(...parts);
  return host;
}

export function removeBadge(anchor: Element): void {
  anchor.querySelector(`:scope > [${BADGE_ATTRIBUTE}]`)?.remove();
}

/** Removes every badge under root (the site was turned off). */
export function removeAllBadges(root: ParentNode): void {
  for (const host of Array.from(root.querySelectorAll(`[${BADGE_ATTRIBUTE}]`))) host.remove();
}
