// One MutationObserver for the whole page. A few new nodes (a feed adding posts) are read in its
// callback, within a few milliseconds, so their marks are there when the page draws them; bigger
// batches are flushed in tasks of their own, in slices that yield to the page between them.
// What the person types in an editor is not a post and is not looked at.

import { first } from './tasks';

export interface WatcherOptions {
  /** Handles one batch of changed subtrees (elements that were added or whose text changed). */
  onNodes(nodes: Element[]): void;
  /** The page changed its own nodes (not Hearken's, not in an editor); called inside the observer's callback. */
  onPageChanged?(): void;
  /** Called after a batch in which nodes were removed from the page. */
  onRemoved(): void;
  /** Nodes to ignore entirely (our own badges). */
  ignore(node: Element): boolean;
  /** Longest a slice may run before yielding back to the page, in ms. */
  sliceMs?: number;
}

/** At most this many changed nodes are read inside the observer's callback, for at most INLINE_MS. */
const INLINE_NODES = 24;
const INLINE_MS = 4;

const IGNORED_TAGS = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'BR', 'NOSCRIPT', 'svg', 'path', 'IMG']);
const EDITABLE = '[contenteditable]:not([contenteditable="false"])';

function inEditor(el: Element): boolean {
  return el.closest(EDITABLE) !== null;
}

export class PageWatcher {
  private readonly queue = new Set<Element>();
  private removed = false;
  private scheduled = false;
  private observer: MutationObserver | null = null;

  constructor(private readonly options: WatcherOptions) {}

  start(root: Node): void {
    this.observer = new MutationObserver((records) => this.enqueue(records));
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.queue.clear();
  }

  private enqueue(records: MutationRecord[]): void {
    const before = this.queue.size;
    const removedBefore = this.removed;
    for (const record of records) {
      if (record.type === 'characterData') {
        const parent = record.target.parentElement;
        if (parent && !inEditor(parent)) this.queue.add(parent);
        continue;
      }
      if (record.target.nodeType === 1 && inEditor(record.target as Element)) continue;
      // Only an element taken out can take posts with it: a counter's or a clock's text changing
      // (one text node swapped for another on every key press) leaves nothing to prune.
      if (!this.removed) for (const node of record.removedNodes) if (node.nodeType === 1) this.removed = true;
      for (const node of record.addedNodes) {
        if (node.nodeType === 1) {
          const el = node as Element;
          if (!IGNORED_TAGS.has(el.tagName) && !this.options.ignore(el)) this.queue.add(el);
        } else if (node.nodeType === 3 && node.parentElement) {
          this.queue.add(node.parentElement);
        }
      }
    }
    const changed = this.queue.size > before || (this.removed && !removedBefore);
    // A few new nodes (a feed adding posts) are read at once, before the page draws them, so
    // their marks come with them; a bigger batch waits for a task of its own.
    if (this.queue.size <= INLINE_NODES) this.flush(INLINE_MS);
    else this.schedule();
    if (changed) this.options.onPageChanged?.();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // A task of its own right after the page's, rather than inside the page's next frame.
    first(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(budget = this.options.sliceMs ?? 8): void {
    const started = performance.now();
    const batch: Element[] = [];
    for (const el of this.queue) {
      this.queue.delete(el);
      if (el.isConnected) batch.push(el);
      if (batch.length >= 50) {
        this.options.onNodes(batch.splice(0));
        if (performance.now() - started > budget) break;
      }
    }
    if (batch.length > 0) this.options.onNodes(batch);
    if (this.removed) {
      this.removed = false;
      this.options.onRemoved();
    }
    if (this.queue.size > 0) this.schedule();
  }
}
