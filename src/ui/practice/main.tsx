import { render } from 'preact';
import { startI18n } from '../shared/i18n';
import { PracticeApp } from './practice-app';

const root = document.getElementById('app');
void startI18n().then(() => {
  if (root) render(<PracticeApp />, root);
});
