// The dashboard page: filters, then one card per habit, each updating live as the journal changes.
import { signal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import { SITE_IDS } from '../../core/model';
import type { SiteId } from '../../core/model';
import type { HearkenDB } from '../../db/database';
import { loadDashboard } from '../../db/dashboard';
import type { Dashboard } from '../../db/dashboard';
import { toStorageError } from '../../db/errors';
import { t } from '../shared/i18n';
import { StorageProblemBanner, useStorageProblem } from '../shared/storage-problem';
import { DataTools, EXPORT_BUTTON_ID } from './data-tools';
import { KEEP_DAYS_INPUT_ID } from './keep-days';
import { RANGE_PRESETS, filtersToSearch, isFiltered, parseFilters, toMetricFilter } from './filters';
import type { FilterState, RangePreset } from './filters';
import type { Formatters } from './format';
import { journalFacets } from './journal-facets';
import type { JournalFacets } from './journal-facets';
import { useLive } from './live';
import { DraftChecksSection } from './sections/draft-checks';
import { GiveAskSection } from './sections/give-ask';
import { ListenSpeakSection } from './sections/listen-speak';
import { MentionsSection } from './sections/mentions';
import { OutcomesSection } from './sections/outcomes';
import { PeopleSection } from './sections/people';
import { ReplyTimeSection } from './sections/reply-time';
import { siteName } from './site-names';
import { storageMessage } from './storage-message';

const filters = signal<FilterState>(parseFilters(location.search));

function setFilters(change: Partial<FilterState>): void {
  filters.value = { ...filters.value, ...change };
  history.replaceState(null, '', `${location.pathname}${filtersToSearch(filters.value)}`);
}

/** Marks the page for tests and measurements: when the first full view was painted, and how often it changed since. */
function markRendered(): void {
  requestAnimationFrame(() => {
    const root = document.documentElement.dataset;
    if (root.renderedMs === undefined) root.renderedMs = String(Math.round(performance.now()));
    root.updates = String(Number(root.updates ?? '0') + 1);
  });
}

function Filters({ facets }: { facets: JournalFacets | undefined }) {
  const state = filters.value;
  const sites = facets?.sites ?? [];
  const labels = facets?.labels ?? [];
  // A chosen site or item no longer in the journal (after a clear) stays selectable to be undone.
  const siteOptions = state.site && !sites.includes(state.site) ? [...sites, state.site] : sites;
  const labelOptions = state.label && !labels.includes(state.label) ? [...labels, state.label] : labels;
  return (
    <form class="filters" aria-label={t('dashFilters')} onSubmit={(event) => event.preventDefault()}>
      <label>
        {t('dashRange')}
        <select value={state.range} onChange={(event) => setFilters({ range: event.currentTarget.value as RangePreset })}>
          {RANGE_PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {t(`dashRange_${preset}`)}
            </option>
          ))}
        </select>
      </label>
      {state.range === 'custom' && (
        <>
          <label>
            {t('dashFrom')}
            <input type="date" value={state.from} onChange={(event) => setFilters({ from: event.currentTarget.value })} />
          </label>
          <label>
            {t('dashTo')}
            <input type="date" value={state.to} onChange={(event) => setFilters({ to: event.currentTarget.value })} />
          </label>
        </>
      )}
      <label>
        {t('dashSite')}
        <select value={state.site} onChange={(event) => setFilters({ site: event.currentTarget.value as SiteId | '' })}>
          <option value="">{t('dashAllSites')}</option>
          {siteOptions
            .filter((site) => (SITE_IDS as readonly string[]).includes(site))
            .map((site) => (
              <option key={site} value={site}>
                {siteName(site, t)}
              </option>
            ))}
        </select>
      </label>
      <label>
        {t('dashWatchItem')}
        <select value={state.label} onChange={(event) => setFilters({ label: event.currentTarget.value })}>
          <option value="">{t('dashAllItems')}</option>
          {labelOptions.map((label) => (
            <option key={label} value={label}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {isFiltered(state) && (
        <button type="button" onClick={() => setFilters({ range: 'all', from: '', to: '', site: '', label: '' })}>
          {t('dashResetFilters')}
        </button>
      )}
    </form>
  );
}

/** Brings a control further down the page into view and gives it focus. */
function goTo(id: string): void {
  const target = document.getElementById(id);
  target?.scrollIntoView({ block: 'center' });
  target?.focus();
}

function isEmpty(board: Dashboard): boolean {
  return (
    board.listenSpeak.listened + board.listenSpeak.spoke === 0 &&
    board.mentions.series.length === 0 &&
    board.outcomes.rows.length === 0 &&
    board.draftChecks.checks === 0 &&
    board.giveAsk.give + board.giveAsk.ask === 0
  );
}

function Cards({ board, f }: { board: Dashboard; f: Formatters }) {
  return (
    <div class="cards">
      <MentionsSection value={board.mentions} f={f} />
      <ListenSpeakSection value={board.listenSpeak} f={f} />
      <GiveAskSection value={board.giveAsk} f={f} />
      <ReplyTimeSection value={board.replyTime} f={f} />
      <OutcomesSection value={board.outcomes} f={f} />
      <PeopleSection value={board.people} f={f} />
      <DraftChecksSection value={board.draftChecks} f={f} />
    </div>
  );
}

export function DashboardApp({ db, f }: { db: HearkenDB; f: Formatters }) {
  const state = filters.value;
  const key = filtersToSearch(state);
  // "Last 7 days" ends today: the day is read when the filter changes or the data does.
  const board = useLive(() => loadDashboard(db, toMetricFilter(state, Date.now())), [key]);
  const facets = useLive(() => journalFacets(db), []);
  const storageProblem = useStorageProblem();
  const known = facets.status === 'ready' ? facets.value : undefined;
  const journalEmpty = known !== undefined && known.events === 0 && known.posts === 0;

  useEffect(() => {
    if (board.status !== 'loading' && facets.status !== 'loading') markRendered();
  }, [board, facets]);

  const summary = useMemo(
    () => (known ? t('dashTotals', f.number(known.events), f.number(known.posts), f.number(known.people)) : ''),
    [known, f],
  );

  return (
    <main class="dashboard">
      <header class="page-header">
        <h1>{t('dashTitle')}</h1>
        <p class="intro">{t('dashIntro')}</p>
        <p class="totals" data-testid="totals" aria-live="polite">
          {summary}
        </p>
      </header>
      {storageProblem && (
        <StorageProblemBanner problem={storageProblem}>
          <button type="button" onClick={() => goTo(EXPORT_BUTTON_ID)}>
            {t('storageFullToExport')}
          </button>
          <button type="button" onClick={() => goTo(KEEP_DAYS_INPUT_ID)}>
            {t('storageFullToRetention')}
          </button>
        </StorageProblemBanner>
      )}
      {!journalEmpty && <Filters facets={known} />}
      {board.status === 'loading' && <p class="loading">{t('dashLoading')}</p>}
      {board.status === 'error' && (
        <p class="warning" role="alert">
          {storageMessage(toStorageError(board.error), t)}
        </p>
      )}
      {journalEmpty && (
        <section class="card empty" aria-labelledby="empty-title" data-testid="empty-journal">
          <h2 id="empty-title">{t('dashEmptyTitle')}</h2>
          <p>{t('dashEmptyAll')}</p>
          <p>{t('dashEmptyImport')}</p>
        </section>
      )}
      {!journalEmpty && board.status === 'ready' && isEmpty(board.value) && isFiltered(state) && (
        <p class="card empty" data-testid="empty-filtered">
          {t('dashEmptyFiltered')}
        </p>
      )}
      {!journalEmpty && board.status === 'ready' && <Cards board={board.value} f={f} />}
      <DataTools db={db} facets={known} f={f} />
    </main>
  );
}
