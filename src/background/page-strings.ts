// Words for content scripts in the language the person chose in Hearken's options. A content
// script has only chrome.i18n, which always speaks the browser's language; the worker can read
// the chosen locale's catalog from the extension itself (no network).
import { extensionUrl } from '../platform/browser';
import { readSetting } from '../platform/settings';

/** The options page's language choice (src/ui/shared/i18n.ts UI_LANGUAGE_KEY); absent: the browser's. */
const UI_LANGUAGE_KEY = 'uiLanguage';
const LOCALE = /^[a-z]{2}(_[A-Z]{2})?$/;

/** The chosen locale's messages for `keys`; empty when nothing is chosen or the catalog is unreadable. */
export async function chosenStrings(keys: readonly string[]): Promise<Record<string, string>> {
  const choice = await readSetting(UI_LANGUAGE_KEY).catch(() => undefined);
  if (typeof choice !== 'string' || !LOCALE.test(choice)) return {};
  try {
    const response = await fetch(extensionUrl(`_locales/${choice}/messages.json`));
    if (!response.ok) return {};
    const catalog = (await response.json()) as Record<string, { message?: unknown } | undefined>;
    const strings: Record<string, string> = {};
    for (const key of keys) {
      const message = catalog[key]?.message;
      if (typeof message === 'string') strings[key] = message;
    }
    return strings;
  } catch {
    return {};
  }
}
