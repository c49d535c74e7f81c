// A problem found while validating a file (playbook, scenario pack), as data: where it is, what
// kind of problem, and the details. The UI words it in the person's language; the CLI prints
// `message`, the English wording the schemas were written with.
import type * as v from 'valibot';
import { parseQuery, type QueryError } from './query/parse';

export type IssueDetail =
  | { code: 'not-object'; got: 'list' | 'null' | 'text' | 'number' | 'boolean' | 'other'; what: 'playbook' | 'scenario-pack' }
  | { code: 'not-json'; detail: string }
  | { code: 'missing' }
  | { code: 'unknown-field' }
  | { code: 'wrong-type'; expected: string; received: string }
  | { code: 'empty' }
  | { code: 'not-text' }
  | { code: 'no-letter' }
  | { code: 'no-terms' }
  | { code: 'too-many-terms'; max: number }
  | { code: 'not-list' }
  | { code: 'needs-one' }
  | { code: 'one-of'; choices: string }
  | { code: 'version' }
  | { code: 'lang-code' }
  | { code: 'query'; query: QueryError }
  | { code: 'id-format' }
  | { code: 'true-false' }
  | { code: 'focus-range' }
  | { code: 'reply-vs-need' }
  | { code: 'duplicate-id'; id: string }
  /** A message no code was given for yet: shown as written. */
  | { code: 'other' };

export type ValidationIssue = IssueDetail & {
  /** Dot path of the field ("watch.0.terms.2"), or "(top level)". */
  path: string;
  /** English, for the CLI and logs. */
  message: string;
};

type SimpleCode = 'empty' | 'not-text' | 'no-letter' | 'no-terms' | 'not-list' | 'needs-one' | 'version' | 'lang-code' | 'id-format' | 'true-false' | 'focus-range' | 'reply-vs-need';

/** The schemas' own messages (English), by what they mean. */
const BY_MESSAGE: Record<string, SimpleCode> = {
  'must not be empty': 'empty',
  'must be text': 'not-text',
  'must contain a letter or digit': 'no-letter',
  'needs at least one term': 'no-terms',
  'must be a list of terms': 'not-list',
  'must be a list of phrases': 'not-list',
  'must be a list of posts': 'not-list',
  'must be a list of scenarios': 'not-list',
  'needs at least one post': 'needs-one',
  'needs at least one scenario': 'needs-one',
  'must be 1 (the playbook format version)': 'version',
  'must be 1 (the scenario pack format version)': 'version',
  'must be a language code such as "en"': 'lang-code',
  'must be lower-case letters, digits and dashes': 'id-format',
  'must be true or false': 'true-false',
  'must point at one of the posts': 'focus-range',
  'must be false exactly when the need is "nothing"': 'reply-vs-need',
};

export const QUERY_ISSUE_PREFIX = 'is not a valid query: ';

function detailOf(issue: v.BaseIssue<unknown>): IssueDetail {
  const { message } = issue;
  if (message.startsWith('Invalid ')) {
    if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.input !== undefined) return { code: 'unknown-field' };
    if (issue.input === undefined) return { code: 'missing' };
    return { code: 'wrong-type', expected: issue.expected ?? 'another value', received: issue.received };
  }
  const code = BY_MESSAGE[message];
  if (code) return { code };
  if (message.startsWith('must be one of ')) return { code: 'one-of', choices: message.slice('must be one of '.length) };
  const tooMany = /^has more than (\d+) terms$/.exec(message);
  if (tooMany) return { code: 'too-many-terms', max: Number(tooMany[1]) };
  if (message.startsWith(QUERY_ISSUE_PREFIX) && typeof issue.input === 'string') {
    const parsed = parseQuery(issue.input);
    if (!parsed.ok) return { code: 'query', query: parsed.error };
  }
  return { code: 'other' };
}

/** Valibot's own messages ("Invalid type: Expected string but received 5") made plain. */
function englishOf(issue: v.BaseIssue<unknown>, detail: IssueDetail): string {
  if (detail.code === 'unknown-field') return 'is not a known field';
  if (detail.code === 'missing') return 'is required but missing';
  if (detail.code === 'wrong-type') return `expected ${detail.expected} but got ${detail.received}`;
  return issue.message;
}

export function issueFromValibot(issue: v.BaseIssue<unknown>, path: string): ValidationIssue {
  const detail = detailOf(issue);
  return { ...detail, path, message: englishOf(issue, detail) };
}

export function describeJsType(value: unknown): Extract<IssueDetail, { code: 'not-object' }>['got'] {
  if (Array.isArray(value)) return 'list';
  if (value === null) return 'null';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'other';
}

/** "path: message", as the CLI and the old string lists print an issue. */
export function issueLine(issue: ValidationIssue): string {
  return `${issue.path}: ${issue.message}`;
}
