// UI strings come from _locales. By default the browser's i18n API answers (the browser's
// language); when the person picks a language in Options, that locale's messages.json is loaded
// from the extension package, since browser.i18n cannot switch language. A missing key shows the
// key itself so it is noticed, never a blank.
import { signal } from '@preact/signals';
import { extensionUrl, i18nMessage, uiLanguage } from '../../platform/browser';
import { onSettingChanged, readSetting } from '../../platform/settings';
import { formatMessage, isUiLocale, type Catalog, type UiLocale } from './message-format';

export { formatMessage, isUiLocale, UI_LOCALES, type Catalog, type UiLocale } from './message-format';
/** Setting (storage.local, and storage.sync so it follows the person) holding the chosen UI language: one of UI_LOCALES, or absent / "auto" for the browser's. */
export const UI_LANGUAGE_KEY = 'uiLanguage';

interface Loaded {
  locale: UiLocale;
  messages: Catalog;
}

/** The override's messages; components re-render when it changes because t() reads the signal. */
const loaded = signal<Loaded | null>(null);
let started: Promise<void> | null = null;

function browserMessage(key: string, substitutions: string[]): string {
  try {
    return i18nMessage(key, substitutions);
  } catch {
    return '';
  }
}

function inExtensionPage(): boolean {
  const protocol = globalThis.location?.protocol;
  return protocol === 'chrome-extension:' || protocol === 'moz-extension:';
}

export function t(key: string, ...substitutions: (string | number)[]): string {
  if (started === null && inExtensionPage()) void startI18n();
  const subs = substitutions.map(String);
  const entry = loaded.value?.messages[key];
  if (entry) return formatMessage(entry, subs);
  return browserMessage(key, subs) || key;
}

/** The locale the UI speaks now: the override, else the browser's UI language (for Intl). */
export function uiLocale(): string {
  const chosen = loaded.value?.locale;
  if (chosen) return chosen;
  try {
    return uiLanguage() || globalThis.navigator?.language || 'en';
  } catch {
    return globalThis.navigator?.language || 'en';
  }
}

/** One of the four UI languages the current locale falls into (for content written per language). */
export function uiLang(): UiLocale {
  const short = uiLocale().slice(0, 2).toLowerCase();
  return isUiLocale(short) ? short : 'en';
}

/**
 * A count with its plural form: the key's variants are `<key>_one`, `_few`, `_many`, `_other`
 * (as Intl.PluralRules names them for the locale). $1 is the formatted count.
 */
export function plural(key: string, count: number, ...more: (string | number)[]): string {
  const locale = uiLocale();
  const category = new Intl.PluralRules(locale).select(count);
  const formatted = formatNumber(count);
  const specific = t(`${key}_${category}`, formatted, ...more);
  return specific === `${key}_${category}` ? t(`${key}_other`, formatted, ...more) : specific;
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(uiLocale(), options).format(value);
}

export function formatDate(ms: number, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }): string {
  return new Intl.DateTimeFormat(uiLocale(), options).format(new Date(ms));
}

async function fetchCatalog(locale: UiLocale): Promise<Catalog> {
  const response = await fetch(extensionUrl(`_locales/${locale}/messages.json`));
  if (!response.ok) throw new Error(`could not load the ${locale} messages (${response.status})`);
  return (await response.json()) as Catalog;
}

/** Reads the chosen language and loads its messages; with none chosen, the browser's i18n answers. */
export async function applyUiLanguage(choice: unknown): Promise<void> {
  if (!isUiLocale(choice)) {
    loaded.value = null;
  } else {
    try {
      loaded.value = { locale: choice, messages: await fetchCatalog(choice) };
    } catch (error) {
      console.warn('[hearken] falling back to the browser language', error);
      loaded.value = null;
    }
  }
  if (typeof document !== 'undefined') document.documentElement.lang = uiLocale();
}

/**
 * Loads the chosen language once and follows later changes made in Options. Extension pages await
 * it before their first render (so nothing flashes in the other language); t() starts it otherwise.
 */
export function startI18n(): Promise<void> {
  if (started) return started;
  started = (async () => {
    try {
      onSettingChanged(UI_LANGUAGE_KEY, () => void readSetting(UI_LANGUAGE_KEY).then(applyUiLanguage));
      await applyUiLanguage(await readSetting(UI_LANGUAGE_KEY));
    } catch (error) {
      console.warn('[hearken] could not read the chosen UI language', error);
    }
  })();
  return started;
}
