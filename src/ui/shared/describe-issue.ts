// Core reports validation problems as data (src/core/validation-issue.ts, src/core/query/parse.ts);
// this words them in the UI language. The English `message` is only the last resort, for a
// problem that has no code yet.
import type { QueryError, QueryFound } from '../../core/query/parse';
import type { ValidationIssue } from '../../core/validation-issue';

/** t() from ./i18n in the UI; the real locale files in tests (Node has no browser.i18n). */
export type Translate = (key: string, ...substitutions: (string | number)[]) => string;

function describeFound(found: QueryFound, t: Translate): string {
  switch (found.kind) {
    case 'end':
      return t('qFoundEnd');
    case 'open':
      return t('qFoundOpen');
    case 'close':
      return t('qFoundClose');
    case 'phrase':
      return t('qFoundPhrase');
    case 'word':
    case 'operator':
      return t('qFoundWord', found.text);
  }
}

function queryProblem(error: QueryError, t: Translate): string {
  switch (error.code) {
    case 'empty':
      return t('qErrEmpty');
    case 'too-long':
      return t('qErrTooLong', error.max);
    case 'unclosed-phrase':
      return t('qErrUnclosedPhrase');
    case 'empty-phrase':
      return t('qErrEmptyPhrase');
    case 'near-needs-distance':
      return t('qErrNearDistance');
    case 'near-needs-number':
      return t('qErrNearNumber');
    case 'near-too-far':
      return t('qErrNearTooFar', error.max);
    case 'near-operands':
      return t('qErrNearOperands');
    case 'not-a-word':
      return t('qErrNotAWord', error.text);
    case 'too-deep':
      return error.operator === 'NOT' ? t('qErrTooDeepNot', error.max) : t('qErrTooDeepParens', error.max);
    case 'expected':
      if (error.expected === 'close') return t('qErrExpectedClose', error.openedAt ?? 1, describeFound(error.found, t));
      if (error.expected === 'operand') return t('qErrExpectedOperand', describeFound(error.found, t));
      return t('qErrExpectedOperator', describeFound(error.found, t));
  }
}

/** "A “)” is missing … (character 16)": the problem and where it is, in the UI language. */
export function describeQueryError(error: QueryError, t: Translate): string {
  return t('qErrAt', queryProblem(error, t), error.position);
}

const GOT_KEYS = { list: 'errGotList', null: 'errGotNull', text: 'errGotText', number: 'errGotNumber', boolean: 'errGotBoolean', other: 'errGotOther' } as const;

/** What is wrong with one field (its place is shown separately), in the UI language. */
export function describeIssue(issue: ValidationIssue, t: Translate): string {
  switch (issue.code) {
    case 'not-object':
      return t(issue.what === 'playbook' ? 'errNotPlaybook' : 'errNotScenarioPack', t(GOT_KEYS[issue.got]));
    case 'not-json':
      return t('optImportNotJson', issue.detail);
    case 'missing':
      return t('errMissing');
    case 'unknown-field':
      return t('errUnknownField');
    case 'wrong-type':
      return t('errWrongType', issue.expected, issue.received);
    case 'empty':
      return t('optErrEmpty');
    case 'not-text':
      return t('errNotText');
    case 'no-letter':
      return t('optErrLetter');
    case 'no-terms':
      return t('optErrNoTerms');
    case 'too-many-terms':
      return t('errTooManyTerms', issue.max);
    case 'not-list':
      return t('errNotList');
    case 'needs-one':
      return t('errNeedsOne');
    case 'one-of':
      return t('errOneOf', issue.choices);
    case 'version':
      return t('errVersion');
    case 'lang-code':
      return t('optErrLangCode');
    case 'query':
      return t('optErrQuery', describeQueryError(issue.query, t));
    case 'id-format':
      return t('errIdFormat');
    case 'true-false':
      return t('errTrueFalse');
    case 'focus-range':
      return t('errFocusRange');
    case 'reply-vs-need':
      return t('errReplyVsNeed');
    case 'duplicate-id':
      return t('errDuplicateId', issue.id);
    case 'other':
      return issue.message;
  }
}

/** "watch.0.kind: …" for a file's problem list; problems of the whole file have no place shown. */
export function describeIssueWithPlace(issue: ValidationIssue, t: Translate): string {
  const text = describeIssue(issue, t);
  return issue.path === '(top level)' ? text : `${issue.path}: ${text}`;
}
