import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { readSetting, writeSetting } from '../../platform/settings';
import { applyUiLanguage, isUiLocale, t, UI_LANGUAGE_KEY, UI_LOCALES, type UiLocale } from '../shared/i18n';
import { describeSync, syncNotice } from './options-state';

/** Each language by its own name, so a person can find theirs whatever the UI speaks now. */
export const LANGUAGE_NAMES: Record<UiLocale, string> = { en: 'English', ru: 'Русский', fi: 'Suomi', sv: 'Svenska' };

const choice = signal<string>('auto');

export function LanguageSection() {
  useEffect(() => {
    void readSetting(UI_LANGUAGE_KEY).then((value) => (choice.value = isUiLocale(value) ? value : 'auto'));
  }, []);
  return (
    <section aria-labelledby="language-title" class="card">
      <h2 id="language-title">{t('optLanguageTitle')}</h2>
      <label for="ui-language">{t('optLanguageLabel')}</label>
      <select
        id="ui-language"
        value={choice.value}
        onChange={async (event) => {
          const value = event.currentTarget.value;
          choice.value = value;
          // Applied here at once even if saving fails, so the choice is never silently ignored.
          await applyUiLanguage(value);
          try {
            syncNotice.value = describeSync(await writeSetting(UI_LANGUAGE_KEY, value));
          } catch (error) {
            syncNotice.value = t('optSaveFailed', error instanceof Error ? error.message : String(error));
          }
        }}
      >
        <option value="auto">{t('optLanguageAuto')}</option>
        {UI_LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </section>
  );
}
