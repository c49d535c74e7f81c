// The "journal is full" banner shared by the popup and the dashboard. The service worker writes
// the problem to storage.local when a journal write fails for lack of room and removes it after
// the next write that succeeds; every open page follows the record live.
import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { readStorageProblem, STORAGE_PROBLEM_KEY } from '../../db/storage-problem';
import type { StorageProblem } from '../../db/storage-problem';
import { onLocalChanged, readLocal } from '../../platform/browser';
import { t, uiLocale } from './i18n';
import './storage-problem.css';

export function useStorageProblem(): StorageProblem | null {
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  useEffect(() => {
    let live = true;
    void readLocal(STORAGE_PROBLEM_KEY)
      .then((value) => live && setProblem(readStorageProblem(value)))
      .catch(() => undefined);
    const stop = onLocalChanged((changes) => {
      const change = changes[STORAGE_PROBLEM_KEY];
      if (change) setProblem(readStorageProblem(change.newValue));
    });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return problem;
}

function when(ms: number): string {
  return new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/** What happened, that nothing saved was lost, and what to do; `children` are the ways to do it. */
export function StorageProblemBanner({ problem, children }: { problem: StorageProblem; children?: ComponentChildren }) {
  return (
    <section class="storage-problem" role="alert" aria-labelledby="storage-problem-title" data-testid="storage-problem">
      <h2 id="storage-problem-title">{t('storageFullTitle')}</h2>
      <p>{t('storageFullBody', when(problem.since))}</p>
      <p>{t('storageFullWhatToDo')}</p>
      {children && <div class="storage-problem-actions">{children}</div>}
    </section>
  );
}
