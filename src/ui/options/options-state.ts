// The editor's state: the saved playbook, the form being edited, and what was last announced.
import { computed, signal } from '@preact/signals';
import demoPlaybook from '../../core/demo-playbook.json';
import { parsePlaybook, type Playbook } from '../../core/playbook';
import { readLocal, writeLocal } from '../../platform/browser';
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
  const stored = await readLocal(PLAYBOOK_KEY);
  const parsed = stored === undefined ? null : parsePlaybook(stored);
  const playbook = parsed?.ok ? parsed.playbook : bundledDemo();
  usingDemo.value = !parsed?.ok;
  saved.value = playbook;
  form.value = toForm(playbook);
}

export async function savePlaybook(playbook: Playbook): Promise<void> {
  await writeLocal(PLAYBOOK_KEY, playbook);
  saved.value = playbook;
  usingDemo.value = false;
}

export function updateForm(change: (draft: PlaybookForm) => void): void {
  if (!form.value) return;
  const next = structuredClone(form.value);
  change(next);
  form.value = next;
}
