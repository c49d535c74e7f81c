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

export function pageString(key: string, fallback: string): string {
  return chosen[key] || i18nMessage(key) || fallback;
}
