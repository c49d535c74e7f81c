// What importing a playbook would change, entry by entry, so the person sees it before applying.
import type { Playbook, Template, WatchItem } from '../../core/playbook';

export type DiffEntry =
  | { area: 'name'; before: string; after: string }
  | { area: 'persona'; field: keyof Playbook['persona']; before: string; after: string }
  | { area: 'watch'; change: 'added' | 'removed'; label: string }
  | { area: 'watch'; change: 'changed'; label: string; fields: string[] }
  | { area: 'template'; change: 'added' | 'removed'; id: string }
  | { area: 'template'; change: 'changed'; id: string; fields: string[] }
  | { area: 'site'; site: string; before: boolean; after: boolean };

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function changedFields<T extends object>(before: T, after: T, fields: readonly (keyof T)[]): string[] {
  return fields.filter((field) => !same(before[field], after[field])).map(String);
}

const WATCH_FIELDS: readonly (keyof WatchItem)[] = ['kind', 'terms', 'exclude', 'query', 'langs'];
const TEMPLATE_FIELDS: readonly (keyof Template)[] = ['intent', 'lang', 'title', 'text'];

export function diffPlaybooks(before: Playbook, after: Playbook): DiffEntry[] {
  const entries: DiffEntry[] = [];
  if (before.name !== after.name) entries.push({ area: 'name', before: before.name, after: after.name });
  for (const field of ['name', 'role', 'organization', 'affiliated', 'disclosure'] as const) {
    if (before.persona[field] !== after.persona[field]) {
      entries.push({ area: 'persona', field, before: String(before.persona[field]), after: String(after.persona[field]) });
    }
  }

  const oldWatch = new Map(before.watch.map((item) => [item.label, item]));
  const newWatch = new Map(after.watch.map((item) => [item.label, item]));
  for (const [label, item] of newWatch) {
    const old = oldWatch.get(label);
    if (!old) entries.push({ area: 'watch', change: 'added', label });
    else {
      const fields = changedFields(old, item, WATCH_FIELDS);
      if (fields.length > 0) entries.push({ area: 'watch', change: 'changed', label, fields });
    }
  }
  for (const label of oldWatch.keys()) if (!newWatch.has(label)) entries.push({ area: 'watch', change: 'removed', label });

  const oldTemplates = new Map((before.templates ?? []).map((tpl) => [tpl.id, tpl]));
  const newTemplates = new Map((after.templates ?? []).map((tpl) => [tpl.id, tpl]));
  for (const [id, tpl] of newTemplates) {
    const old = oldTemplates.get(id);
    if (!old) entries.push({ area: 'template', change: 'added', id });
    else {
      const fields = changedFields(old, tpl, TEMPLATE_FIELDS);
      if (fields.length > 0) entries.push({ area: 'template', change: 'changed', id, fields });
    }
  }
  for (const id of oldTemplates.keys()) if (!newTemplates.has(id)) entries.push({ area: 'template', change: 'removed', id });

  // A site missing from the map is on.
  const sites = new Set([...Object.keys(before.sites ?? {}), ...Object.keys(after.sites ?? {})]);
  for (const site of [...sites].sort()) {
    const was = (before.sites as Record<string, boolean>)[site] !== false;
    const now = (after.sites as Record<string, boolean>)[site] !== false;
    if (was !== now) entries.push({ area: 'site', site, before: was, after: now });
  }
  return entries;
}
