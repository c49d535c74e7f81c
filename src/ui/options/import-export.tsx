// Sharing one playbook across a team: export to a file, import from one with a review first.
import { signal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { parsePlaybookJson, type Playbook } from '../../core/playbook';
import { plural, t } from '../shared/i18n';
import { describeIssueWithPlace } from '../shared/describe-issue';
import { announcement, form, saved, savePlaybook } from './options-state';
import { diffPlaybooks, type DiffEntry } from './playbook-diff';
import { toForm } from './playbook-form';
import { SITE_NAMES } from '../shared/site-names';

type ImportState =
  | { status: 'idle' }
  | { status: 'error'; fileName: string; errors: string[] }
  | { status: 'review'; fileName: string; playbook: Playbook; diff: DiffEntry[] };

const importState = signal<ImportState>({ status: 'idle' });

export async function readImport(file: File): Promise<void> {
  const text = await file.text().catch(() => null);
  if (text === null) {
    importState.value = { status: 'error', fileName: file.name, errors: [t('optImportUnreadable')] };
    announcement.value = t('optImportRefused', file.name);
    return;
  }
  const parsed = parsePlaybookJson(text);
  if (!parsed.ok) {
    // Each problem names its place in the file, then says what is wrong in the UI language.
    importState.value = { status: 'error', fileName: file.name, errors: parsed.issues.map((issue) => describeIssueWithPlace(issue, t)) };
    announcement.value = t('optImportRefused', file.name);
    return;
  }
  const current = saved.value;
  importState.value = { status: 'review', fileName: file.name, playbook: parsed.playbook, diff: current ? diffPlaybooks(current, parsed.playbook) : [] };
}

function describeEntry(entry: DiffEntry): string {
  switch (entry.area) {
    case 'name':
      return t('optDiffName', entry.before, entry.after);
    case 'persona':
      return t('optDiffPersona', t(`optDiffPersona_${entry.field}`), entry.before || '—', entry.after || '—');
    case 'watch':
      if (entry.change === 'changed') return t('optDiffWatchChanged', entry.label, entry.fields.map((f) => t(`optDiffField_${f}`)).join(', '));
      return t(entry.change === 'added' ? 'optDiffWatchAdded' : 'optDiffWatchRemoved', entry.label);
    case 'template':
      if (entry.change === 'changed') return t('optDiffTemplateChanged', entry.id, entry.fields.map((f) => t(`optDiffField_${f}`)).join(', '));
      return t(entry.change === 'added' ? 'optDiffTemplateAdded' : 'optDiffTemplateRemoved', entry.id);
    case 'site':
      return t(entry.after ? 'optDiffSiteOn' : 'optDiffSiteOff', SITE_NAMES[entry.site as keyof typeof SITE_NAMES] ?? entry.site);
  }
}

function download(playbook: Playbook): void {
  const blob = new Blob([`${JSON.stringify(playbook, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = 'hearken-playbook.json';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ImportExportSection() {
  const fileInput = useRef<HTMLInputElement>(null);
  const resultBox = useRef<HTMLDivElement>(null);
  const state = importState.value;
  useEffect(() => {
    if (state.status !== 'idle') resultBox.current?.focus();
  }, [state]);
  const finish = () => {
    importState.value = { status: 'idle' };
    if (fileInput.current) fileInput.current.value = '';
    fileInput.current?.focus();
  };
  return (
    <section aria-labelledby="share-title" class="card">
      <h2 id="share-title">{t('optShareTitle')}</h2>
      <p class="section-intro">{t('optShareIntro')}</p>
      <div class="row">
        <button type="button" disabled={!saved.value} onClick={() => saved.value && download(saved.value)}>
          {t('optExport')}
        </button>
        <label class="file-button" for="import-file">
          {t('optImport')}
        </label>
        <input
          ref={fileInput}
          id="import-file"
          class="file-input"
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void readImport(file);
          }}
        />
      </div>
      {state.status === 'error' && (
        <div class="import-error" role="alert" tabIndex={-1} ref={resultBox}>
          <p>
            <strong>{t('optImportRefused', state.fileName)}</strong>
          </p>
          <ul>
            {state.errors.slice(0, 20).map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
          <button type="button" onClick={finish}>
            {t('optImportDismiss')}
          </button>
        </div>
      )}
      {state.status === 'review' && (
        <div class="import-review" tabIndex={-1} ref={resultBox} aria-labelledby="review-title">
          <h3 id="review-title">{t('optImportReview', state.fileName)}</h3>
          {state.diff.length === 0 ? (
            <p>{t('optDiffNone')}</p>
          ) : (
            <>
              <p>{plural('optDiffCount', state.diff.length)}</p>
              <ul class="diff">
                {state.diff.map((entry) => {
                  const text = describeEntry(entry);
                  return <li key={text}>{text}</li>;
                })}
              </ul>
            </>
          )}
          <div class="row">
            <button
              type="button"
              class="button-primary"
              onClick={async () => {
                await savePlaybook(state.playbook);
                form.value = toForm(state.playbook);
                announcement.value = t('optImportApplied', state.fileName);
                finish();
              }}
            >
              {t('optImportApply')}
            </button>
            <button
              type="button"
              onClick={() => {
                announcement.value = t('optImportCancelled');
                finish();
              }}
            >
              {t('optImportCancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
