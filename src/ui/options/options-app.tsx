import { useEffect } from 'preact/hooks';
import { fieldId } from '../shared/field';
import { formatDate, plural, t } from '../shared/i18n';
import { ImportExportSection } from './import-export';
import { LanguageSection } from './language-section';
import { announcement, dirty, form, loadSaved, saved, savePlaybook, syncNotice, usingDemo, validation } from './options-state';
import { PersonaSection } from './persona-section';
import { toForm } from './playbook-form';
import { SitesSection } from './sites-section';
import { TemplatesSection } from './templates-section';
import { WatchSection } from './watch-section';
import { signal } from '@preact/signals';

const savedAt = signal<number | null>(null);

async function save(): Promise<void> {
  const result = validation.value;
  if (!result) return;
  if (!result.ok) {
    announcement.value = plural('optFixFields', result.errors.size);
    const first = [...result.errors.keys()][0];
    if (first) document.getElementById(fieldId(first))?.focus();
    return;
  }
  try {
    await savePlaybook(result.playbook);
  } catch (error) {
    announcement.value = t('optSaveFailed', error instanceof Error ? error.message : String(error));
    return;
  }
  savedAt.value = Date.now();
  announcement.value = t('optSaved', formatDate(savedAt.value, { timeStyle: 'short' }));
}

export function OptionsApp() {
  useEffect(() => {
    void loadSaved();
  }, []);
  useEffect(() => {
    document.title = t('optTitle');
  });
  const invalid = validation.value && !validation.value.ok ? validation.value.errors.size : 0;
  return (
    <div class="options">
      <header class="page-header">
        <h1>{t('optTitle')}</h1>
        <p class="section-intro">{t('optIntro')}</p>
      </header>
      <div role="status" aria-live="polite" class="announcement">
        {announcement.value}
      </div>
      {syncNotice.value ? <p class="sync-notice">{syncNotice.value}</p> : null}
      <main>
        <LanguageSection />
        {form.value === null ? (
          <p>{t('optLoading')}</p>
        ) : (
          <form
            aria-labelledby="playbook-title"
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <h2 id="playbook-title" class="visually-hidden">
              {t('optPlaybookTitle')}
            </h2>
            {usingDemo.value && <p class="notice">{t('optUsingDemo')}</p>}
            <PersonaSection />
            <WatchSection />
            <TemplatesSection />
            <SitesSection />
            <div class="save-bar">
              <button type="submit" class="button-primary">
                {t('optSave')}
              </button>
              <button
                type="button"
                disabled={!dirty.value}
                onClick={() => {
                  if (saved.value) form.value = toForm(saved.value);
                  announcement.value = t('optReverted');
                }}
              >
                {t('optRevert')}
              </button>
              <span class="save-state">
                {invalid > 0 ? plural('optFixFields', invalid) : dirty.value ? t('optUnsaved') : t('optAllSaved')}
              </span>
            </div>
          </form>
        )}
        <ImportExportSection />
      </main>
    </div>
  );
}
