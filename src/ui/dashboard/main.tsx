import { render } from 'preact';
import { useMemo } from 'preact/hooks';
import { openJournal } from '../../db/database';
import { startI18n, t, uiLocale } from '../shared/i18n';
import { DashboardApp } from './dashboard-app';
import { formatters } from './format';

const db = openJournal();

/** Numbers, dates and chart axes follow the language chosen in Options, and change with it. */
function Dashboard() {
  const locale = uiLocale();
  const f = useMemo(() => formatters(locale), [locale]);
  document.title = t('dashTitle');
  return <DashboardApp db={db} f={f} />;
}

const root = document.getElementById('app');
void startI18n().then(() => {
  if (root) render(<Dashboard />, root);
});
