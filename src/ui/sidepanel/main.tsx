import { render } from 'preact';
import { CoachApp } from '../coach/coach-app';
import { uiLanguage } from '../../platform/browser';

document.documentElement.lang = uiLanguage();
const root = document.getElementById('app');
if (root) render(<CoachApp />, root);
