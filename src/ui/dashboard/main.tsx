import { render } from 'preact';
import { openJournal } from '../../db/database';
import { uiLanguage } from '../../platform/browser';
import { t } from '../shared/i18n';
import { DashboardApp } from './dashboard-app';
import { formatters } from './format';

const locale = uiLanguage() || navigator.language;
document.documentElement.lang = locale;
document.title = t('dashTitle');
const root = document.getElementById('app');
if (root) render(<DashboardApp db={openJournal()} f={formatters(locale)} />, root);
