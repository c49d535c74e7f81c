// Choosing value-first templates and filling their variables.
import type { Intent } from '../model';
import type { Template } from '../playbook';
import { BUNDLED_TEMPLATES } from './bundled-templates';

export const TEMPLATE_VARIABLES = ['author', 'topic', 'need', 'disclosure', 'name'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export type TemplateValues = Partial<Record<TemplateVariable, string>>;

/** Templates for an intent and language: the playbook's own first, then the bundled set. */
export function chooseTemplates(intent: Intent, lang: string, playbookTemplates: readonly Template[] = []): Template[] {
  const short = lang.slice(0, 2).toLowerCase();
  const fits = (t: Template) => t.lang === short && t.intent.includes(intent);
  const own = playbookTemplates.filter(fits);
  const ownIds = new Set(own.map((t) => t.id));
  return [...own, ...BUNDLED_TEMPLATES.filter((t) => fits(t) && !ownIds.has(t.id))];
}

/**
 * Fills {author} and friends. A value that is not given keeps its placeholder visible for the checker
 * to flag; an empty string is a deliberate blank (an unaffiliated persona has no disclosure line).
 */
export function fillTemplate(text: string, values: TemplateValues): string {
  const filled = text.replace(/\{(author|topic|need|disclosure|name)\}/g, (whole, key: TemplateVariable) => {
    const value = values[key];
    return typeof value === 'string' ? value.trim() : whole;
  });
  return filled.replace(/[ \t]{2,}/g, ' ').replace(/[ \t]+([.,:;!?])/g, '$1').trim();
}

export function missingVariables(text: string): TemplateVariable[] {
  return [...new Set([...text.matchAll(/\{(author|topic|need|disclosure|name)\}/g)].map((m) => m[1] as TemplateVariable))];
}
