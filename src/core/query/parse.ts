// Boolean watch queries: AND, OR, NOT, parentheses, "quoted phrases", NEAR/n.
// Precedence, tightest first: NEAR/n, NOT, AND (also implied between neighbours), OR.
// Operators are written in capitals; lower-case "and"/"or" are ordinary words.

export type QueryNode =
  | { type: 'atom'; text: string; position: number }
  | { type: 'near'; distance: number; left: QueryNode; right: QueryNode }
  | { type: 'not'; operand: QueryNode }
  | { type: 'and'; operands: QueryNode[] }
  | { type: 'or'; operands: QueryNode[] };

/** What stood where something else was expected (for "expected … but found …"). */
export type QueryFound =
  | { kind: 'end' }
  | { kind: 'open' }
  | { kind: 'close' }
  | { kind: 'phrase' }
  | { kind: 'word'; text: string }
  | { kind: 'operator'; text: string };

/**
 * Why a query cannot be read, as data: the UI words it in the person's language, the CLI and
 * logs use `message` (English).
 */
export type QueryProblem =
  | { code: 'empty' }
  | { code: 'too-long'; max: number }
  | { code: 'unclosed-phrase' }
  | { code: 'empty-phrase' }
  | { code: 'near-needs-distance' }
  | { code: 'near-needs-number' }
  | { code: 'near-too-far'; max: number }
  | { code: 'near-operands' }
  | { code: 'not-a-word'; text: string }
  | { code: 'too-deep'; max: number; operator: 'parentheses' | 'NOT' }
  | { code: 'expected'; expected: 'close' | 'operand' | 'operator-or-end'; found: QueryFound; openedAt?: number };

export type QueryError = QueryProblem & {
  /** The same in English, for the CLI. */
  message: string;
  /** 1-based character position in the query. */
  position: number;
};

export type QueryParseResult = { ok: true; query: QueryNode } | { ok: false; error: QueryError };

export const MAX_QUERY_LENGTH = 10_000;
const MAX_DEPTH = 64;
const MAX_NEAR = 1000;

type Lexeme =
  | { kind: 'word' | 'phrase'; text: string; at: number }
  | { kind: 'and' | 'or' | 'not' | 'open' | 'close' | 'end'; at: number }
  | { kind: 'near'; distance: number; at: number };

const WORD_CHAR = /[\p{L}\p{N}]/u;
const QUOTE = /["“”«»]/gu;

function describeFound(found: QueryFound): string {
  if (found.kind === 'end') return 'the end of the query';
  if (found.kind === 'open') return '"("';
  if (found.kind === 'close') return '")"';
  if (found.kind === 'phrase') return 'a quoted phrase';
  return `"${found.text}"`;
}

/** The English wording of a problem (what `message` holds). */
export function queryProblemMessage(problem: QueryProblem): string {
  switch (problem.code) {
    case 'empty':
      return 'the query is empty';
    case 'too-long':
      return `the query is longer than ${problem.max} characters`;
    case 'unclosed-phrase':
      return 'the quoted phrase is not closed';
    case 'empty-phrase':
      return 'the quoted phrase has no words';
    case 'near-needs-distance':
      return 'NEAR needs a distance, for example NEAR/5';
    case 'near-needs-number':
      return 'NEAR needs a whole number, for example NEAR/5';
    case 'near-too-far':
      return `NEAR distance must be at most ${problem.max}`;
    case 'near-operands':
      return 'NEAR joins words, phrases or OR groups of them';
    case 'not-a-word':
      return `"${problem.text}" is not a word`;
    case 'too-deep':
      return `${problem.operator === 'NOT' ? 'NOT nests' : 'parentheses nest'} deeper than ${problem.max}`;
    case 'expected': {
      const expected =
        problem.expected === 'close'
          ? `")" to close the "(" at position ${problem.openedAt ?? 0}`
          : problem.expected === 'operand'
            ? 'a word, a quoted phrase or "("'
            : 'AND, OR, NOT, NEAR/n or the end of the query';
      return `expected ${expected} but found ${describeFound(problem.found)}`;
    }
  }
}

class QuerySyntaxError extends Error {
  constructor(
    readonly problem: QueryProblem,
    readonly at: number,
  ) {
    super(queryProblemMessage(problem));
  }
}

function lex(source: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i] ?? '';
    if (/\s/u.test(c)) {
      i++;
    } else if (c === '(' || c === ')') {
      out.push({ kind: c === '(' ? 'open' : 'close', at: i });
      i++;
    } else if (c === '"' || c === '“' || c === '”' || c === '«' || c === '»') {
      QUOTE.lastIndex = i + 1;
      const found = QUOTE.exec(source);
      if (found === null) throw new QuerySyntaxError({ code: 'unclosed-phrase' }, i);
      const close = found.index - i - 1;
      const text = source.slice(i + 1, found.index);
      if (!WORD_CHAR.test(text)) throw new QuerySyntaxError({ code: 'empty-phrase' }, i);
      out.push({ kind: 'phrase', text, at: i });
      i += close + 2;
    } else {
      const start = i;
      while (i < n && !/[\s()"“”«»]/u.test(source[i] ?? '')) i++;
      const text = source.slice(start, i);
      const near = /^NEAR(?:\/(\d+))?$/.exec(text);
      if (text === 'AND' || text === 'OR' || text === 'NOT') {
        out.push({ kind: text.toLowerCase() as 'and' | 'or' | 'not', at: start });
      } else if (near) {
        if (near[1] === undefined) throw new QuerySyntaxError({ code: 'near-needs-distance' }, start);
        const distance = Number(near[1]);
        if (distance > MAX_NEAR) throw new QuerySyntaxError({ code: 'near-too-far', max: MAX_NEAR }, start);
        out.push({ kind: 'near', distance, at: start });
      } else if (/^NEAR\//.test(text)) {
        throw new QuerySyntaxError({ code: 'near-needs-number' }, start);
      } else if (!WORD_CHAR.test(text)) {
        throw new QuerySyntaxError({ code: 'not-a-word', text }, start);
      } else {
        out.push({ kind: 'word', text, at: start });
      }
    }
  }
  out.push({ kind: 'end', at: n });
  return out;
}

function foundAt(lexeme: Lexeme, source: string): QueryFound {
  if (lexeme.kind === 'end' || lexeme.kind === 'open' || lexeme.kind === 'close' || lexeme.kind === 'phrase') return { kind: lexeme.kind };
  if (lexeme.kind === 'word') return { kind: 'word', text: lexeme.text };
  return { kind: 'operator', text: source.slice(lexeme.at).split(/[\s()]/u)[0] ?? '' };
}

function parseTokens(source: string, lexemes: Lexeme[]): QueryNode {
  let pos = 0;
  let depth = 0;
  const peek = (): Lexeme => lexemes[pos] ?? { kind: 'end', at: source.length };
  const fail = (expected: 'close' | 'operand' | 'operator-or-end', openedAt?: number): never => {
    const l = peek();
    const found = foundAt(l, source);
    throw new QuerySyntaxError(openedAt === undefined ? { code: 'expected', expected, found } : { code: 'expected', expected, found, openedAt }, l.at);
  };
  const startsOperand = (l: Lexeme) => l.kind === 'word' || l.kind === 'phrase' || l.kind === 'open' || l.kind === 'not';

  function primary(): QueryNode {
    const l = peek();
    if (l.kind === 'word' || l.kind === 'phrase') {
      pos++;
      return { type: 'atom', text: l.text, position: l.at + 1 };
    }
    if (l.kind === 'open') {
      if (++depth > MAX_DEPTH) throw new QuerySyntaxError({ code: 'too-deep', max: MAX_DEPTH, operator: 'parentheses' }, l.at);
      pos++;
      const inner = or();
      if (peek().kind !== 'close') fail('close', l.at + 1);
      pos++;
      depth--;
      return inner;
    }
    return fail('operand');
  }

  function near(): QueryNode {
    let left = primary();
    for (let l = peek(); l.kind === 'near'; l = peek()) {
      pos++;
      const right = primary();
      if (!positional(left) || !positional(right)) {
        throw new QuerySyntaxError({ code: 'near-operands' }, l.at);
      }
      left = { type: 'near', distance: l.distance, left, right };
    }
    return left;
  }

  function not(): QueryNode {
    const l = peek();
    if (l.kind === 'not') {
      if (++depth > MAX_DEPTH) throw new QuerySyntaxError({ code: 'too-deep', max: MAX_DEPTH, operator: 'NOT' }, l.at);
      pos++;
      const operand = not();
      depth--;
      return { type: 'not', operand };
    }
    return near();
  }

  function and(): QueryNode {
    const operands = [not()];
    for (;;) {
      const l = peek();
      if (l.kind === 'and') {
        pos++;
        operands.push(not());
      } else if (startsOperand(l)) {
        operands.push(not());
      } else break;
    }
    return operands.length === 1 ? (operands[0] as QueryNode) : { type: 'and', operands };
  }

  function or(): QueryNode {
    const operands = [and()];
    while (peek().kind === 'or') {
      pos++;
      operands.push(and());
    }
    return operands.length === 1 ? (operands[0] as QueryNode) : { type: 'or', operands };
  }

  if (peek().kind === 'end') throw new QuerySyntaxError({ code: 'empty' }, 0);
  const root = or();
  if (peek().kind !== 'end') fail('operator-or-end');
  return root;
}

/** Words, phrases, and OR/NEAR groups of them have positions, so NEAR can measure distance. */
export function positional(node: QueryNode): boolean {
  if (node.type === 'atom' || node.type === 'near') return true;
  if (node.type === 'or') return node.operands.every(positional);
  return false;
}

export function parseQuery(source: string): QueryParseResult {
  if (source.length > MAX_QUERY_LENGTH) {
    const problem: QueryProblem = { code: 'too-long', max: MAX_QUERY_LENGTH };
    return { ok: false, error: { ...problem, message: queryProblemMessage(problem), position: MAX_QUERY_LENGTH + 1 } };
  }
  try {
    return { ok: true, query: parseTokens(source, lex(source)) };
  } catch (error) {
    if (error instanceof QuerySyntaxError) return { ok: false, error: { ...error.problem, message: error.message, position: error.at + 1 } };
    throw error;
  }
}

export function formatQueryError(error: QueryError): string {
  return `${error.message} (at position ${error.position})`;
}

/** Every atom of a query, in reading order. */
export function queryAtoms(node: QueryNode, out: Extract<QueryNode, { type: 'atom' }>[] = []): Extract<QueryNode, { type: 'atom' }>[] {
  if (node.type === 'atom') out.push(node);
  else if (node.type === 'near') {
    queryAtoms(node.left, out);
    queryAtoms(node.right, out);
  } else if (node.type === 'not') queryAtoms(node.operand, out);
  else for (const operand of node.operands) queryAtoms(operand, out);
  return out;
}
