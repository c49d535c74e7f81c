// How many days of merely seen posts the journal keeps, and clearing older ones now (the way to
// make room when storage is full; the journal-full banner points here).
import { useEffect, useState } from 'preact/hooks';
import type { HearkenDB } from '../../db/database';
import { toStorageError } from '../../db/errors';
import { applyRetention, getRetentionDays, setRetentionDays } from '../../db/retention';
import { t } from '../shared/i18n';
import type { Formatters } from './format';
import { storageMessage } from './storage-message';

export const KEEP_DAYS_INPUT_ID = 'keep-days';

type Notice = { tone: 'ok' | 'error'; text: string } | null;

export function KeepDays({ db, f }: { db: HearkenDB; f: Formatters }) {
  const [days, setDays] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  useEffect(() => {
    void getRetentionDays(db)
      .then((value) => setDays(String(value)))
      .catch(() => undefined);
  }, [db]);

  const clearOlder = async (): Promise<void> => {
    const value = Number(days);
    if (!Number.isInteger(value) || value < 1) {
      setNotice({ tone: 'error', text: t('dashRetentionInvalid') });
      return;
    }
    setBusy(true);
    try {
      await setRetentionDays(db, value);
      const result = await applyRetention(db, { days: value });
      if (!result.ok) setNotice({ tone: 'error', text: storageMessage(result.error, t) });
      else if (result.postsDeleted + result.seenEventsDeleted === 0) setNotice({ tone: 'ok', text: t('dashRetentionNothing', f.number(value)) });
      else {
        setNotice({
          tone: 'ok',
          text: t('dashRetentionDone', f.number(result.postsDeleted), f.number(result.seenEventsDeleted), f.number(value)),
        });
      }
    } catch (error) {
      setNotice({ tone: 'error', text: storageMessage(toStorageError(error), t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="keep-days"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void clearOlder();
      }}
    >
      <label>
        {t('dashRetentionLabel')}
        <input
          id={KEEP_DAYS_INPUT_ID}
          type="number"
          min={1}
          step={1}
          inputMode="numeric"
          value={days}
          aria-describedby="keep-days-hint"
          onInput={(event) => setDays(event.currentTarget.value)}
        />
      </label>
      <button type="submit" disabled={busy || days === ''}>
        {t('dashRetentionApply')}
      </button>
      <p id="keep-days-hint" class="note">
        {t('dashRetentionHint')}
      </p>
      <div role="status" aria-live="polite" class={`notice ${notice?.tone ?? ''}`} data-testid="keep-days-notice">
        {notice && <p>{notice.text}</p>}
      </div>
    </form>
  );
}
