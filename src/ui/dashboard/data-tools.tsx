// Export (JSON, CSV), import through a file picker, and "Clear all data" behind a confirmation.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { HearkenDB } from '../../db/database';
import { clearAllData } from '../../db/clear';
import { eventsToCsv, postsToCsv } from '../../db/csv';
import { toStorageError } from '../../db/errors';
import { exportFileName, exportJournalJson } from '../../db/export';
import { importJournal } from '../../db/import';
import { t } from '../shared/i18n';
import { datedFileName, downloadText } from './download';
import type { Formatters } from './format';
import { checkImportFile } from './import-check';
import { KeepDays } from './keep-days';
import type { JournalFacets } from './journal-facets';
import { isNearlyFull, storageMessage } from './storage-message';

type Notice = { tone: 'ok' | 'error'; text: string; details?: string[] } | null;

export const EXPORT_BUTTON_ID = 'export-json';

export function DataTools({ db, facets, f }: { db: HearkenDB; facets: JournalFacets | undefined; f: Formatters }) {
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [nearlyFull, setNearlyFull] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    void navigator.storage?.estimate?.().then((estimate) => setNearlyFull(isNearlyFull(estimate))).catch(() => undefined);
  }, [facets?.events]);

  const run = async (work: () => Promise<Notice>): Promise<void> => {
    setBusy(true);
    try {
      setNotice(await work());
    } catch (error) {
      setNotice({ tone: 'error', text: storageMessage(toStorageError(error), t) });
    } finally {
      setBusy(false);
    }
  };

  const exportJson = () =>
    run(async () => {
      const name = exportFileName();
      downloadText(name, await exportJournalJson(db), 'application/json');
      return { tone: 'ok', text: t('dashExported', name) };
    });

  const exportCsv = (what: 'posts' | 'events') =>
    run(async () => {
      const name = datedFileName(`hearken-${what}`, 'csv');
      const text = what === 'posts' ? postsToCsv(await db.posts.toArray()) : eventsToCsv(await db.events.orderBy('at').toArray());
      // A byte-order mark so spreadsheet programs read the file as UTF-8 (ä, ö, å, Cyrillic).
      downloadText(name, `\uFEFF${text}`, 'text/csv;charset=utf-8');
      return { tone: 'ok', text: t('dashExported', name) };
    });

  const importFile = (file: File) =>
    run(async () => {
      const checked = checkImportFile(await file.text());
      if (!checked.ok) {
        const reason =
          checked.reason === 'newer' ? t('dashImportNewer', String(checked.version ?? '')) : t(`dashImport_${checked.reason}`);
        return { tone: 'error', text: `${reason} ${t('dashImportUnchanged')}`, details: checked.details };
      }
      const result = await importJournal(db, checked.file);
      if (!result.ok) return { tone: 'error', text: `${storageMessage(result.error, t)} ${t('dashImportUnchanged')}` };
      const added = result.added.events + result.added.posts + result.added.people + result.added.outcomes + result.added.drafts;
      const updated = Object.values(result.updated).reduce((a, b) => a + b, 0);
      if (added === 0 && updated === 0) return { tone: 'ok', text: t('dashImportNothingNew', file.name) };
      return {
        tone: 'ok',
        text: t('dashImportDone', file.name, f.number(result.added.events), f.number(result.added.posts), f.number(updated)),
      };
    });

  const clearEverything = () =>
    run(async () => {
      dialog.current?.close();
      const result = await clearAllData(db);
      if (!result.ok) return { tone: 'error', text: storageMessage(result.error, t) };
      return { tone: 'ok', text: t('dashCleared') };
    });

  return (
    <section class="card data-tools" aria-labelledby="data-title">
      <h2 id="data-title">{t('dashDataTitle')}</h2>
      <p>{t('dashDataIntro')}</p>
      {nearlyFull && (
        <p class="warning" role="alert">
          {t('dashNearlyFull')}
        </p>
      )}
      <div class="buttons">
        <button id={EXPORT_BUTTON_ID} type="button" onClick={() => void exportJson()} disabled={busy}>
          {t('dashExportJson')}
        </button>
        <button type="button" onClick={() => void exportCsv('posts')} disabled={busy}>
          {t('dashExportPostsCsv')}
        </button>
        <button type="button" onClick={() => void exportCsv('events')} disabled={busy}>
          {t('dashExportEventsCsv')}
        </button>
        <button type="button" onClick={() => picker.current?.click()} disabled={busy}>
          {t('dashImport')}
        </button>
        <input
          ref={picker}
          type="file"
          accept=".json,application/json"
          class="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="import-file"
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (file) void importFile(file);
          }}
        />
        <button type="button" class="danger" onClick={() => dialog.current?.showModal()} disabled={busy}>
          {t('dashClear')}
        </button>
      </div>
      <div role="status" aria-live="polite" class={`notice ${notice?.tone ?? ''}`} data-testid="data-notice">
        {notice && <p>{notice.text}</p>}
        {notice?.details && notice.details.length > 0 && (
          <details>
            <summary>{t('dashImportDetails')}</summary>
            <ul>
              {notice.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          </details>
        )}
      </div>
      <KeepDays db={db} f={f} />
      <dialog ref={dialog} aria-labelledby="clear-title" aria-describedby="clear-text">
        <h2 id="clear-title">{t('dashClearTitle')}</h2>
        <p id="clear-text">
          {t('dashClearConfirm', f.number(facets?.events ?? 0), f.number(facets?.posts ?? 0), f.number(facets?.people ?? 0))}
        </p>
        <div class="buttons">
          <button type="button" autoFocus onClick={() => dialog.current?.close()}>
            {t('dashCancel')}
          </button>
          <button type="button" class="danger" onClick={() => void clearEverything()}>
            {t('dashClearYes')}
          </button>
        </div>
      </dialog>
    </section>
  );
}
