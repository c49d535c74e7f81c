// The playbook schema reports problems as data; the editor shows them in the UI language.
import { describeIssue } from '../shared/describe-issue';
import { t } from '../shared/i18n';
import type { FieldError } from './playbook-form';

export function describeError(field: string, error: FieldError): string {
  // The intent checkboxes: an empty list there means no box is ticked.
  const text = field.endsWith('.intent') ? t('optErrIntent') : describeIssue(error.issue, t);
  return error.line !== undefined ? t('optErrLine', error.line, text) : text;
}
