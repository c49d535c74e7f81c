// The words Hearken writes into host pages (the badge), in the language chosen in Hearken's
// options when there is one (asked of the worker), else the browser's (chrome.i18n).
import { askWorker } from '../messaging/client';
import { i18nMessage } from '../platform/browser';
import { onSettingChanged } from '../platform/settings';

const KEYS = [
  'badgeListen',
  ...['question', 'complaint', 'praise', 'buying', 'crisis', 'other'].map((id) => `intent_${id}`),
  ...['negative', 'neutral', 'positive'].map((id) => `sentiment_${id}`),
];

let chosen: Record<string, string> = {};

async function load(): Promise<void> {
  const reply = await askWorker('page/strings', { keys: KEYS });
  chosen = reply.ok ? reply.data.strings : {};
}

/** Starts reading the chosen language (not awaited: until it arrives, the browser's language is used). */
export function followChosenLanguage(): void {
  const reload = () => void load().catch(() => undefined);
  onSettingChanged('uiLanguage', reload);
  reload();
}

/** The browser's language does not change while the page is open: each key is asked of it once. */
const browserLanguage = new Map<string, string>();

export function pageString(key: string, fallback: string): string {
  const own = chosen[key];
  if (own) return own;
  let message = browserLanguage.get(key);
  if (message === undefined) {
    message = i18nMessage(key);
    browserLanguage.set(key, message);
  }
  return message || fallback;
}
