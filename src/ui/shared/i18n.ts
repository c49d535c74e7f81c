// UI strings come from _locales through the browser's i18n API; a missing key shows the key
// itself so it is noticed, never a blank.
import { i18nMessage } from '../../platform/browser';

export function t(key: string, ...substitutions: (string | number)[]): string {
  const text = i18nMessage(key, substitutions.map(String));
  return text || key;
}
