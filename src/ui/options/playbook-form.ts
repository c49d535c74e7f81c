// The playbook as the editor holds it: lists as one entry per line, optional fields as plain text.
// Turned back into a playbook and validated whole on every keystroke; errors are grouped by field.
import { parsePlaybook, type Playbook, type Template, type WatchItem } from '../../core/playbook';
import type { Intent, SiteId } from '../../core/model';
import type { ValidationIssue } from '../../core/validation-issue';

export interface WatchForm {
  label: string;
  kind: string;
  terms: string;
  exclude: string;
  query: string;
  langs: string;
}

export interface TemplateForm {
  id: string;
  intent: Intent[];
  lang: string;
  title: string;
  text: string;
}

export interface PlaybookForm {
  name: string;
  persona: { name: string; role: string; organization: string; affiliated: boolean; disclosure: string };
  watch: WatchForm[];
  templates: TemplateForm[];
  sites: Partial<Record<SiteId, boolean>>;
}

const lines = (list: readonly string[] | undefined): string => (list ?? []).join('\n');
const fromLines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
/** Language codes may be typed on lines or separated by commas or spaces. */
const fromCodes = (text: string): string[] => text.split(/[\s,;]+/u).filter((code) => code !== '');

export function watchToForm(item: WatchItem): WatchForm {
  return {
    label: item.label,
    kind: item.kind,
    terms: lines(item.terms),
    exclude: lines(item.exclude),
    query: item.query ?? '',
    langs: (item.langs ?? []).join(', '),
  };
}

export function toForm(playbook: Playbook): PlaybookForm {
  return {
    name: playbook.name,
    persona: { ...playbook.persona },
    watch: playbook.watch.map(watchToForm),
    templates: (playbook.templates ?? []).map((tpl) => ({ ...tpl, intent: [...tpl.intent] })),
    sites: { ...playbook.sites },
  };
}

export function emptyWatch(): WatchForm {
  return { label: '', kind: 'brand', terms: '', exclude: '', query: '', langs: '' };
}

export function emptyTemplate(lang: string): TemplateForm {
  return { id: '', intent: ['question'], lang, title: '', text: '' };
}

export function watchCandidate(form: WatchForm): Record<string, unknown> {
  const exclude = fromLines(form.exclude);
  const langs = fromCodes(form.langs);
  return {
    label: form.label,
    kind: form.kind,
    terms: fromLines(form.terms),
    ...(exclude.length > 0 ? { exclude } : {}),
    ...(form.query.trim() !== '' ? { query: form.query } : {}),
    ...(langs.length > 0 ? { langs } : {}),
  };
}

/** The plain object the form stands for, before validation. */
export function fromForm(form: PlaybookForm): Record<string, unknown> {
  return {
    hearken: 1,
    name: form.name,
    persona: { ...form.persona },
    watch: form.watch.map(watchCandidate),
    templates: form.templates.map((tpl): Template => ({ ...tpl, intent: [...tpl.intent] })),
    sites: { ...form.sites },
  };
}

/** Field key of an error path: "watch.2.terms.4" belongs to the field "watch.2.terms". */
export function fieldOf(path: string): string {
  const parts = path.split('.');
  if ((parts[0] === 'watch' || parts[0] === 'templates') && parts.length >= 3) return parts.slice(0, 3).join('.');
  if (parts[0] === 'persona' && parts.length >= 2) return parts.slice(0, 2).join('.');
  return parts[0] ?? path;
}

export interface FieldError {
  /** The schema's own wording, in English, e.g. "must not be empty". */
  message: string;
  /** The same problem as data, which the editor words in the UI language. */
  issue: ValidationIssue;
  /** The list entry it is about (1-based line), where the field is a list. */
  line?: number;
}

export type Validation = { ok: true; playbook: Playbook; errors: Map<string, FieldError[]> } | { ok: false; errors: Map<string, FieldError[]> };

export function validateForm(form: PlaybookForm): Validation {
  const result = parsePlaybook(fromForm(form));
  const errors = new Map<string, FieldError[]>();
  if (result.ok) return { ok: true, playbook: result.playbook, errors };
  for (const issue of result.issues) {
    const { path, message } = issue;
    const field = fieldOf(path);
    const lineIndex = path.split('.')[field.split('.').length];
    const entry: FieldError = lineIndex !== undefined && /^\d+$/.test(lineIndex) ? { message, issue, line: Number(lineIndex) + 1 } : { message, issue };
    const list = errors.get(field);
    if (list) list.push(entry);
    else errors.set(field, [entry]);
  }
  return { ok: false, errors };
}
