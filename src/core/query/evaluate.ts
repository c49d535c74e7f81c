// Evaluates a parsed query against where its atoms occur in one text.
import type { QueryNode } from './parse';

/** Where an atom occurs, as an inclusive range of word indexes. */
export interface WordSpan {
  first: number;
  last: number;
}

type Atom = Extract<QueryNode, { type: 'atom' }>;

export function evaluateQuery(node: QueryNode, occurrences: (atom: Atom) => readonly WordSpan[]): boolean {
  switch (node.type) {
    case 'atom':
      return occurrences(node).length > 0;
    case 'near':
      return spans(node, occurrences).length > 0;
    case 'not':
      return !evaluateQuery(node.operand, occurrences);
    case 'and':
      return node.operands.every((operand) => evaluateQuery(operand, occurrences));
    case 'or':
      return node.operands.some((operand) => evaluateQuery(operand, occurrences));
  }
}

/** Words between two spans; 0 when they touch or overlap. */
function gap(a: WordSpan, b: WordSpan): number {
  if (a.last < b.first) return b.first - a.last - 1;
  if (b.last < a.first) return a.first - b.last - 1;
  return 0;
}

function spans(node: QueryNode, occurrences: (atom: Atom) => readonly WordSpan[]): WordSpan[] {
  if (node.type === 'atom') return [...occurrences(node)].sort((a, b) => a.first - b.first);
  if (node.type === 'or') return node.operands.flatMap((o) => spans(o, occurrences)).sort((a, b) => a.first - b.first);
  if (node.type !== 'near') return [];
  const left = spans(node.left, occurrences);
  const right = spans(node.right, occurrences);
  const out: WordSpan[] = [];
  // both lists are sorted by first word; a window over the right list keeps this linear
  let from = 0;
  for (const a of left) {
    while (from < right.length && (right[from] as WordSpan).last < a.first - node.distance - 1) from++;
    for (let j = from; j < right.length; j++) {
      const b = right[j] as WordSpan;
      if (b.first > a.last + node.distance + 1) break;
      if (gap(a, b) <= node.distance) out.push({ first: Math.min(a.first, b.first), last: Math.max(a.last, b.last) });
    }
    if (out.length > 10_000) break;
  }
  return out.sort((a, b) => a.first - b.first);
}
