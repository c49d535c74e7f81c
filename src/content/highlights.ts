// Matched words are highlighted with the CSS Custom Highlight API: the page's DOM text is never
// changed, and highlights cost no reflow. Ranges are dropped when their post leaves the page.
import type { Match } from '../core/model';

const HIGHLIGHT_NAME = 'hearken-match';

interface HighlightLike {
  add(range: Range): void;
  delete(range: Range): boolean;
}

export class Highlights {
  private readonly byPost = new Map<Element, Range[]>();
  private readonly highlight: HighlightLike | null;

  constructor() {
    const registry = (globalThis.CSS as unknown as { highlights?: Map<string, unknown> } | undefined)?.highlights;
    const HighlightCtor = (globalThis as unknown as { Highlight?: new () => HighlightLike }).Highlight;
    if (registry && HighlightCtor) {
      this.highlight = new HighlightCtor();
      registry.set(HIGHLIGHT_NAME, this.highlight);
    } else {
      this.highlight = null;
    }
  }

  /** Highlights each match's surface inside textRoot, replacing earlier highlights of the post. */
  set(post: Element, textRoot: Element, matches: readonly Match[]): void {
    this.clear(post);
    if (!this.highlight || matches.length === 0) return;
    const ranges = rangesFor(textRoot, matches);
    for (const range of ranges) this.highlight.add(range);
    this.byPost.set(post, ranges);
  }

  /** Whether the post's highlights are in place (false after the site removed it and they were pruned). */
  has(post: Element): boolean {
    return !this.highlight || this.byPost.has(post);
  }

  clear(post: Element): void {
    const ranges = this.byPost.get(post);
    if (!ranges) return;
    for (const range of ranges) this.highlight?.delete(range);
    this.byPost.delete(post);
  }

  /** Removes every highlight and unregisters ours from the page (the site was turned off). */
  dispose(): void {
    for (const post of [...this.byPost.keys()]) this.clear(post);
    const registry = (globalThis.CSS as unknown as { highlights?: Map<string, unknown> } | undefined)?.highlights;
    if (this.highlight && registry?.get(HIGHLIGHT_NAME) === this.highlight) registry.delete(HIGHLIGHT_NAME);
  }

  /** Forgets posts the site removed, so nothing keeps them alive. */
  pruneDetached(): void {
    for (const post of this.byPost.keys()) if (!post.isConnected) this.clear(post);
  }

  get size(): number {
    return this.byPost.size;
  }
}

/** Ranges over the text nodes under root for each distinct surface string (case-sensitive, as found). */
function rangesFor(root: Element, matches: readonly Match[]): Range[] {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    starts.push(text.length);
    text += node.nodeValue ?? '';
  }
  const surfaces = [...new Set(matches.map((match) => match.surface))].filter((surface) => surface.length > 0);
  const ranges: Range[] = [];
  for (const surface of surfaces) {
    for (let at = text.indexOf(surface); at !== -1; at = text.indexOf(surface, at + surface.length)) {
      const range = root.ownerDocument.createRange();
      const [startNode, startOffset] = locate(nodes, starts, at);
      const [endNode, endOffset] = locate(nodes, starts, at + surface.length);
      if (!startNode || !endNode) continue;
      range.setStart(startNode, startOffset);
      range.setEnd(endNode, endOffset);
      ranges.push(range);
    }
  }
  return ranges;
}

function locate(nodes: Text[], starts: number[], offset: number): [Text | undefined, number] {
  let low = 0;
  let high = nodes.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  const node = nodes[low];
  return [node, offset - (starts[low] ?? 0)];
}
