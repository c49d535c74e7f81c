import { describeError } from './field-errors';
import { validation } from './options-state';

/** Errors of one field, in the UI language, as the person types. */
export function errorsFor(field: string): string[] {
  return (validation.value?.errors.get(field) ?? []).map((error) => describeError(field, error));
}
