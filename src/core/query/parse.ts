// Boolean watch queries: AND, OR, NOT, parentheses, "quoted phrases", NEAR/n.
// Precedence, tightest first: NEAR/n, NOT, AND (also implied between neighbours), OR.
// Operators are written in capitals; lower-case "and"/"or" are ordinary words.

export type QueryNode =
  | { type: 'atom'; text: string; position: number }
  | { type: 'near'; distance: number; left: QueryNode; right: QueryNode }
  | { type: 'not'; operand: QueryNode }
  | { type: 'and'; operands: QueryNode[] }
  | { type: 'or'; operands: QueryNode[] };

export interface QueryError {
  message: string;
  /** 1-based character position in the query. */
  position: number;
}

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

class QuerySyntaxError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
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
      if (found === null) throw new QuerySyntaxError('the quoted phrase is not closed', i);
      const close = found.index - i - 1;
      const text = source.slice(i + 1, found.index);
      if (!WORD_CHAR.test(text)) throw new QuerySyntaxError('the quoted phrase has no words', i);
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
        if (near[1] === undefined) throw new QuerySyntaxError('NEAR needs a distance, for example NEAR/5', start);
        const distance = Number(near[1]);
        if (distance > MAX_NEAR) throw new QuerySyntaxError(`NEAR distance must be at most ${MAX_NEAR}`, start);
        out.push({ kind: 'near', distance, at: start });
      } else if (/^NEAR\//.test(text)) {
        throw new QuerySyntaxError('NEAR needs a whole number, for example NEAR/5', start);
      } else if (!WORD_CHAR.test(text)) {
        throw new QuerySyntaxError(`"${text}" is not a word`, start);
      } else {
        out.push({ kind: 'word', text, at: start });
      }
    }
  }
  out.push({ kind: 'end', at: n });
  return out;
}

function describe(lexeme: Lexeme, source: string): string {
  if (lexeme.kind === 'end') return 'the end of the query';
  if (lexeme.kind === 'open') return '"("';
  if (lexeme.kind === 'close') return '")"';
  if (lexeme.kind === 'phrase') return 'a quoted phrase';
  if (lexeme.kind === 'word') return `"${lexeme.text}"`;
  return `"${source.slice(lexeme.at).split(/[\s()]/u)[0] ?? ''}"`;
}

function parseTokens(source: string, lexemes: Lexeme[]): QueryNode {
  let pos = 0;
  let depth = 0;
  const peek = (): Lexeme => lexemes[pos] ?? { kind: 'end', at: source.length };
  const fail = (expected: string): never => {
    const l = peek();
    throw new QuerySyntaxError(`expected ${expected} but found ${describe(l, source)}`, l.at);
  };
  const startsOperand = (l: Lexeme) => l.kind === 'word' || l.kind === 'phrase' || l.kind === 'open' || l.kind === 'not';

  function primary(): QueryNode {
    const l = peek();
    if (l.kind === 'word' || l.kind === 'phrase') {
      pos++;
      return { type: 'atom', text: l.text, position: l.at + 1 };
    }
    if (l.kind === 'open') {
      if (++depth > MAX_DEPTH) throw new QuerySyntaxError(`parentheses nest deeper than ${MAX_DEPTH}`, l.at);
      pos++;
      const inner = or();
      if (peek().kind !== 'close') fail(`")" to close the "(" at position ${l.at + 1}`);
      pos++;
      depth--;
      return inner;
    }
    return fail('a word, a quoted phrase or "("');
  }

  function near(): QueryNode {
    let left = primary();
    for (let l = peek(); l.kind === 'near'; l = peek()) {
      pos++;
      const right = primary();
      if (!positional(left) || !positional(right)) {
        throw new QuerySyntaxError('NEAR joins words, phrases or OR groups of them', l.at);
      }
      left = { type: 'near', distance: l.distance, left, right };
    }
    return left;
  }

  function not(): QueryNode {
    const l = peek();
    if (l.kind === 'not') {
      if (++depth > MAX_DEPTH) throw new QuerySyntaxError(`NOT nests deeper than ${MAX_DEPTH}`, l.at);
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

  if (peek().kind === 'end') throw new QuerySyntaxError('the query is empty', 0);
  const root = or();
  if (peek().kind !== 'end') fail('AND, OR, NOT, NEAR/n or the end of the query');
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
    return { ok: false, error: { message: `the query is longer than ${MAX_QUERY_LENGTH} characters`, position: MAX_QUERY_LENGTH + 1 } };
  }
  try {
    return { ok: true, query: parseTokens(source, lex(source)) };
  } catch (error) {
    if (error instanceof QuerySyntaxError) return { ok: false, error: { message: error.message, position: error.at + 1 } };
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
