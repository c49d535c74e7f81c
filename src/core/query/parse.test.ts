import { describe, expect, it } from 'vitest';
import { evaluateQuery, type WordSpan } from './evaluate';
import { parseQuery, type QueryNode } from './parse';

function parse(source: string): QueryNode {
  const r = parseQuery(source);
  if (!r.ok) throw new Error(`${r.error.message} at ${r.error.position}`);
  return r.query;
}

/** Compact form of a tree: (and a b), (or …), (not a), (near/2 a b). */
function show(node: QueryNode): string {
  switch (node.type) {
    case 'atom':
      return node.text;
    case 'not':
      return `(not ${show(node.operand)})`;
    case 'near':
      return `(near/${node.distance} ${show(node.left)} ${show(node.right)})`;
    default:
      return `(${node.type} ${node.operands.map(show).join(' ')})`;
  }
}

describe('query precedence', () => {
  it.each([
    ['a OR b AND c', '(or a (and b c))'],
    ['a b OR c', '(or (and a b) c)'],
    ['(a OR b) c', '(and (or a b) c)'],
    ['a NOT b', '(and a (not b))'],
    ['NOT a NEAR/3 b', '(not (near/3 a b))'],
    ['"acme cloud" NEAR/5 (outage OR down)', '(near/5 acme cloud (or outage down))'],
    ['acme and or', '(and acme and or)'],
    ['@acmecorp OR #acmecloud OR acme.com', '(or @acmecorp #acmecloud acme.com)'],
    ['«социальные сети» AND NOT реклама', '(and социальные сети (not реклама))'],
  ])('%s → %s', (source, tree) => {
    expect(show(parse(source))).toBe(tree);
  });
});

describe('query syntax errors name the position', () => {
  it.each([
    ['', 'empty', 1],
    ['acme AND', 'expected a word', 9],
    ['(acme OR globex', 'close the "(" at position 1', 16],
    ['acme)', 'found ")"', 5],
    ['acme "cloud', 'not closed', 6],
    ['acme NEAR globex', 'NEAR needs a distance', 6],
    ['acme NEAR/x globex', 'whole number', 6],
    ['(acme AND b) NEAR/2 c', 'NEAR joins words', 14],
    ['acme OR OR b', 'expected a word', 9],
    ['acme && b', '"&&" is not a word', 6],
    ['a NOT', 'expected a word', 6],
  ])('%j', (source, message, position) => {
    const r = parseQuery(source);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toContain(message);
    expect(r.error.position).toBe(position);
  });
  it('refuses nesting deeper than the limit instead of overflowing the stack', () => {
    const r = parseQuery(`${'('.repeat(2000)}a${')'.repeat(2000)}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('nest deeper');
  });
});

describe('query syntax errors are data the UI can word in any language', () => {
  it.each([
    ['', { code: 'empty' }],
    ['acme AND', { code: 'expected', expected: 'operand', found: { kind: 'end' } }],
    ['(acme OR globex', { code: 'expected', expected: 'close', openedAt: 1, found: { kind: 'end' } }],
    ['acme)', { code: 'expected', expected: 'operator-or-end', found: { kind: 'close' } }],
    ['«Глобекс', { code: 'unclosed-phrase' }],
    ['acme "!!"', { code: 'empty-phrase' }],
    ['acme NEAR globex', { code: 'near-needs-distance' }],
    ['acme NEAR/x globex', { code: 'near-needs-number' }],
    ['acme NEAR/5000 globex', { code: 'near-too-far', max: 1000 }],
    ['(acme AND b) NEAR/2 c', { code: 'near-operands' }],
    ['muistiinpano && sovellus', { code: 'not-a-word', text: '&&' }],
    ['anteckningar OR NEAR/3 b', { code: 'expected', expected: 'operand', found: { kind: 'operator', text: 'NEAR/3' } }],
    ['acme OR "сравнение" "x"(', { code: 'expected', expected: 'operand', found: { kind: 'end' } }],
  ])('%j', (source, problem) => {
    const r = parseQuery(source);
    if (r.ok) throw new Error('expected an error');
    expect(r.error).toMatchObject(problem);
    // The English message for the CLI is still there and says the same.
    expect(r.error.message.length).toBeGreaterThan(0);
  });

  it('names which nesting went too deep', () => {
    const parens = parseQuery(`${'('.repeat(100)}a${')'.repeat(100)}`);
    const nots = parseQuery(`${'NOT '.repeat(100)}a`);
    expect(parens.ok || parens.error).toMatchObject({ code: 'too-deep', operator: 'parentheses', max: 64 });
    expect(nots.ok || nots.error).toMatchObject({ code: 'too-deep', operator: 'NOT', message: 'NOT nests deeper than 64' });
  });

  it('reports a query over the length limit without reading it', () => {
    const r = parseQuery('a '.repeat(6000));
    expect(r.ok || r.error).toMatchObject({ code: 'too-long', max: 10_000, position: 10_001 });
  });
});

describe('query evaluation', () => {
  const at = (spans: Record<string, WordSpan[]>) => (atom: { text: string }) => spans[atom.text] ?? [];
  it('AND, OR, NOT', () => {
    const q = parse('acme AND (outage OR down) NOT anvil');
    expect(evaluateQuery(q, at({ acme: [{ first: 0, last: 0 }], down: [{ first: 3, last: 3 }] }))).toBe(true);
    expect(evaluateQuery(q, at({ acme: [{ first: 0, last: 0 }] }))).toBe(false);
    expect(evaluateQuery(q, at({ acme: [{ first: 0, last: 0 }], down: [{ first: 3, last: 3 }], anvil: [{ first: 9, last: 9 }] }))).toBe(false);
  });
  it('NEAR/n counts the words between, either order', () => {
    const q = parse('acme NEAR/2 down');
    expect(evaluateQuery(q, at({ acme: [{ first: 0, last: 0 }], down: [{ first: 3, last: 3 }] }))).toBe(true);
    expect(evaluateQuery(q, at({ acme: [{ first: 0, last: 0 }], down: [{ first: 4, last: 4 }] }))).toBe(false);
    expect(evaluateQuery(q, at({ acme: [{ first: 10, last: 11 }], down: [{ first: 8, last: 8 }] }))).toBe(true);
    const chain = parse('a NEAR/1 b NEAR/1 c');
    expect(evaluateQuery(chain, at({ a: [{ first: 0, last: 0 }], b: [{ first: 2, last: 2 }], c: [{ first: 4, last: 4 }] }))).toBe(true);
    expect(evaluateQuery(chain, at({ a: [{ first: 0, last: 0 }], b: [{ first: 2, last: 2 }], c: [{ first: 6, last: 6 }] }))).toBe(false);
  });
});
