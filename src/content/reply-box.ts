// Puts a draft into the site's own reply box, the way a person typing would: focus, caret, then
// an insertText edit the editor's own code handles (Draft.js, Quill, Froala, shreddit, textareas),
// so the site's counter and buttons update. It opens the box with the site's reply button when
// needed and never presses a send button: posting stays the person's own act.
import type { InsertResult } from '../messaging/protocol';
import type { SiteAdapter } from '../sites/types';

const OPEN_WAIT_MS = 2000;
const POLL_MS = 50;

/** Controls that would publish; an opener matching any of these is never clicked. */
const SEND_CONTROLS = [
  '[type="submit"]',
  '[slot="submit-button"]',
  '[data-testid^="tweetButton"]',
  '.comments-comment-box__submit-button--cr',
  '.comments-comment-box__submit-button',
  '.button--primary.button--icon--reply',
].join(',');

type Editable = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  const tag = el.tagName.toLowerCase();
  return tag === 'textarea' || (tag === 'input' && ['text', 'search', ''].includes((el as HTMLInputElement).type));
}

function isEditable(el: Element): boolean {
  if (isTextField(el)) return !(el as HTMLTextAreaElement).disabled && !(el as HTMLTextAreaElement).readOnly;
  const value = el.getAttribute('contenteditable');
  return value === '' || value === 'true' || value === 'plaintext-only';
}

function isShown(el: Element): boolean {
  return el.getClientRects().length > 0;
}

/** The editable element in or under `el`, looking into open shadow roots; visible ones first. */
export function resolveEditable(el: Element | null): Editable | null {
  if (!el) return null;
  if (isEditable(el) && isShown(el)) return el as Editable;
  const candidates: Element[] = [];
  const visit = (root: ParentNode, depth: number): void => {
    candidates.push(...Array.from(root.querySelectorAll('textarea, input[type="text"], [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]')));
    if (depth > 3) return;
    for (const host of Array.from(root.querySelectorAll('*'))) if (host.shadowRoot) visit(host.shadowRoot, depth + 1);
  };
  visit(el, 0);
  if (el.shadowRoot) visit(el.shadowRoot, 1);
  const usable = candidates.filter(isEditable);
  return (usable.find(isShown) ?? null) as Editable | null;
}

/** The focused element, followed through open shadow roots. */
function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

export function editableText(el: Editable): string {
  return isTextField(el) ? el.value : (el.innerText ?? el.textContent ?? '');
}

const squash = (text: string): string => text.replace(/\s+/gu, '');

function caretToEnd(el: Editable): void {
  el.focus({ preventScroll: false });
  if (isTextField(el)) {
    el.setSelectionRange(el.value.length, el.value.length);
    return;
  }
  const selection = el.ownerDocument.getSelection();
  if (!selection) return;
  // Where a click after the last word puts the caret: inside the editor's last block (Draft.js,
  // Quill and Froala keep text in nested blocks), before the <br> that holds an empty line open.
  let node: Node = el;
  const leaf = (child: ChildNode | null): boolean => !child || child.nodeType !== 1 || ['BR', 'IMG', 'INPUT', 'HR'].includes(child.nodeName);
  while (!leaf(node.lastChild)) node = node.lastChild!;
  const range = el.ownerDocument.createRange();
  if (node.lastChild?.nodeName === 'BR') {
    range.setStartBefore(node.lastChild);
  } else {
    range.selectNodeContents(node);
    range.collapse(false);
  }
  selection.removeAllRanges();
  selection.addRange(range);
}

/** The edit a person's typing makes: execCommand where the browser still runs it, else the input events. */
function typeText(el: Editable, text: string): void {
  const doc = el.ownerDocument;
  if (doc.execCommand('insertText', false, text)) return;
  const before = new InputEvent('beforeinput', { inputType: 'insertText', data: text, bubbles: true, cancelable: true, composed: true });
  if (!el.dispatchEvent(before)) {
    el.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: text, bubbles: true, composed: true }));
    return;
  }
  if (isTextField(el)) {
    el.setRangeText(text, el.selectionStart ?? el.value.length, el.selectionEnd ?? el.value.length, 'end');
  } else {
    const selection = doc.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    const node = doc.createTextNode(text);
    if (range && el.contains(range.startContainer)) {
      range.deleteContents();
      range.insertNode(node);
      range.setStartAfter(node);
    } else {
      el.append(node);
    }
  }
  el.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: text, bubbles: true, composed: true }));
}

async function openReplyBox(adapter: SiteAdapter, post: Element): Promise<Editable | null> {
  const target = adapter.replyTarget?.(post) ?? { box: null, opener: null };
  const ready = resolveEditable(target.box);
  if (ready) return ready;
  const opener = target.opener;
  if (!opener || opener.closest(SEND_CONTROLS) || !opener.isConnected) return null;
  opener.click();
  const doc = post.ownerDocument;
  for (let waited = 0; waited <= OPEN_WAIT_MS; waited += POLL_MS) {
    const active = deepActiveElement(doc);
    if (active && isEditable(active) && isShown(active)) return active as Editable;
    const box = resolveEditable(adapter.replyTarget?.(post).box ?? null);
    if (box) return box;
    await sleep(POLL_MS);
  }
  return null;
}

/**
 * Inserts `text` into the reply box of `post`. Text already in the box is kept and the draft goes
 * after it; the result says whether the editor really took the text.
 */
export async function insertReply(adapter: SiteAdapter, post: Element | null, text: string): Promise<InsertResult> {
  if (!post || !post.isConnected) return 'post-gone';
  const box = await openReplyBox(adapter, post);
  if (!box) return 'no-box';
  const existing = editableText(box);
  if (squash(existing) === squash(text)) return 'inserted';
  const hadText = squash(existing) !== '';
  caretToEnd(box);
  typeText(box, hadText ? `\n\n${text}` : text);
  // Editors may re-render on the next frame; read back after it.
  await sleep(0);
  const now = squash(editableText(box));
  const wanted = squash(text);
  const probe = wanted.length > 400 ? wanted.slice(0, 200) : wanted;
  if (!now.includes(probe)) return 'not-accepted';
  return hadText ? 'added-after-text' : 'inserted';
}
