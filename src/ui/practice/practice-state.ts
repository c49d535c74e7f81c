// The practice page's state: the packs, the scenario under way, the trainee's choices so far.
import { signal } from '@preact/signals';
import type { NeedId } from '../../core/coach/needs';
import { bundledPacks } from '../../core/practice/bundled';
import type { AttemptRecord } from '../../core/practice/course';
import { parseScenarioPack, type Scenario, type ScenarioPack } from '../../core/practice/scenario-pack';
import type { Feedback } from '../../core/practice/score';
import { readLocal, writeLocal } from '../../platform/browser';

/** Packs the trainee imported, kept as validated JSON in storage.local. */
export const IMPORTED_PACKS_KEY = 'practicePacks';

export const packs = signal<ScenarioPack[]>(bundledPacks());
export const current = signal<{ pack: ScenarioPack; scenario: Scenario } | null>(null);
export const threadOpened = signal(false);
/** Whether every reply was open when the need was named. */
export const readBeforeNaming = signal(false);
export const need = signal<NeedId | null>(null);
export const templateId = signal<string | null>(null);
export const draft = signal('');
export const feedback = signal<Feedback | null>(null);
export const attempts = signal<AttemptRecord[]>([]);
export const announcement = signal('');

export function startScenario(pack: ScenarioPack, scenario: Scenario): void {
  current.value = { pack, scenario };
  threadOpened.value = !scenario.posts.some((p) => p.hidden);
  readBeforeNaming.value = false;
  need.value = null;
  templateId.value = null;
  draft.value = '';
  feedback.value = null;
}

export async function loadImportedPacks(): Promise<void> {
  const stored = await readLocal<unknown[]>(IMPORTED_PACKS_KEY).catch(() => undefined);
  const imported = (Array.isArray(stored) ? stored : []).flatMap((raw) => {
    const parsed = parseScenarioPack(raw);
    return parsed.ok ? [parsed.pack] : [];
  });
  packs.value = [...bundledPacks(), ...imported];
}

export async function addImportedPack(pack: ScenarioPack): Promise<void> {
  const stored = await readLocal<unknown[]>(IMPORTED_PACKS_KEY).catch(() => undefined);
  const kept = (Array.isArray(stored) ? stored : []).filter((raw) => (raw as { name?: unknown })?.name !== pack.name);
  await writeLocal(IMPORTED_PACKS_KEY, [...kept, pack]);
  await loadImportedPacks();
}
