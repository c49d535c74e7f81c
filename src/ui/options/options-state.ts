// The editor's state: the saved playbook, the form being edited, and what was last announced.
import { computed, signal } from '@preact/signals';
import demoPlaybook from '../../core/demo-playbook.json';
import { parsePlaybook, type Playbook } from '../../core/playbook';
import { readSetting, writeSetting, type SyncOutcome } from '../../platform/settings';
import { formatNumber, t } from '../shared/i18n';
import { toForm, validateForm, type PlaybookForm } from './playbook-form';

export const PLAYBOOK_KEY = 'playbook';

export function bundledDemo(): Playbook {
  const parsed = parsePlaybook(structuredClone(demoPlaybook));
  if (!parsed.ok) throw new Error(`bundled demo playbook is invalid: ${parsed.errors.join('; ')}`);
  return parsed.playbook;
}

/** What storage holds (or the demo the content script falls back to); null until read. */
export const saved = signal<Playbook | null>(null);
/** True when storage held no valid playbook and the demo is shown. */
export const usingDemo = signal(false);
export const form = signal<PlaybookForm | null>(null);
export const validation = computed(() => (form.value ? validateForm(form.value) : null));
export const dirty = computed(() => {
  const v = validation.value;
  const s = saved.value;
  if (!v || !s) return false;
  return !v.ok || JSON.stringify(v.playbook) !== JSON.stringify(s);
});
/** Announced politely in the page's live region. */
export const announcement = signal('');

export async function loadSaved(): Promise<void> {
  const stored = await readSetting(PLAYBOOK_KEY);
  const parsed = stored === undefined ? null : parsePlaybook(stored);
  const playbook = parsed?.ok ? parsed.playbook : bundledDemo();
  usingDemo.value = !parsed?.ok;
  saved.value = playbook;
  form.value = toForm(playbook);
}

/** Shown under the save button when a setting could not follow the person through browser sync. */
export const syncNotice = signal('');

/** What a save's sync outcome means for the person; empty when it synced. */
export function describeSync(outcome: SyncOutcome): string {
  if (outcome.synced) return '';
  if (outcome.reason === 'too-large') {
    const kb = (bytes: number) => formatNumber(bytes / 1024, { maximumFractionDigits: 1 });
    return t('optSyncTooLarge', kb(outcome.bytes), kb(outcome.limit));
  }
  return t('optSyncUnavailable', outcome.detail);
}

/** Saves on this device (throws when that fails) and in browser sync where it fits. */
export async function savePlaybook(playbook: Playbook): Promise<void> {
  const outcome = await writeSetting(PLAYBOOK_KEY, playbook);
  syncNotice.value = describeSync(outcome);
  saved.value = playbook;
  usingDemo.value = false;
}

export function updateForm(change: (draft: PlaybookForm) => void): void {
  if (!form.value) return;
  const next = structuredClone(form.value);
  change(next);
  form.value = next;
}
