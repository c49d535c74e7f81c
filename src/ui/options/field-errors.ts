// The playbook schema speaks English; the editor shows its findings in the UI language.
import { t } from '../shared/i18n';
import type { FieldError } from './playbook-form';

export function describeError(field: string, error: FieldError): string {
  const { message } = error;
  let text: string;
  if (field.endsWith('.intent')) text = t('optErrIntent');
  else if (message === 'must not be empty') text = t('optErrEmpty');
  else if (message === 'must contain a letter or digit') text = t('optErrLetter');
  else if (message === 'needs at least one term') text = t('optErrNoTerms');
  else if (message.startsWith('must be a language code')) text = t('optErrLangCode');
  else if (message.startsWith('is not a valid query: ')) text = t('optErrQuery', message.slice('is not a valid query: '.length));
  else text = message;
  return error.line !== undefined ? t('optErrLine', error.line, text) : text;
}
