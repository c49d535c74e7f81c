// The coach's decisions that need no screen: which checker platform a site is, what the
// template variables start as, what a reply asks for, and the journal events of each step.
import type { CheckResult } from '../../core/coach/check-draft';
import type { Platform } from '../../core/coach/draft-context';
import type { NeedId } from '../../core/coach/needs';
import type { TemplateValues } from '../../core/coach/templates';
import type { JournalEventInput, OutcomeResult } from '../../core/journal';
import type { Post, SiteId } from '../../core/model';
import type { Persona, Playbook } from '../../core/playbook';
import type { ThreadPost } from '../../messaging/protocol';

export function platformOf(site: SiteId): Platform {
  switch (site) {
    case 'x':
    case 'linkedin':
    case 'reddit':
    case 'hn':
      return site;
    default:
      return 'forum';
  }
}

/** The page's post as the core's listening helpers take it. */
export function asPost(post: ThreadPost): Post {
  return {
    id: post.id,
    site: post.site,
    kind: post.kind,
    author: post.author,
    text: post.text,
    ...(post.time ? { time: post.time } : {}),
    ...(post.permalink ? { permalink: post.permalink } : {}),
    ...(post.parent ? { parent: post.parent } : {}),
    lang: post.lang,
  };
}

/** How a template addresses the author: "@handle" on X and Mastodon, the display name elsewhere. */
export function addressOf(post: ThreadPost): string {
  const handle = post.author.handle?.replace(/^@/, '');
  if (handle && (post.site === 'x' || post.site === 'mastodon')) return `@${handle}`;
  const name = post.author.name.trim();
  if (name) return name.split(/\s+/u)[0] ?? name;
  return handle ?? '';
}

/** What the post is about: the product or topic it names, else the brand, as the watch list labels them. */
export function topicOf(post: ThreadPost, playbook: Playbook): string {
  const kindOf = new Map(playbook.watch.map((item) => [item.label, item.kind]));
  const rank = (label: string): number => ({ product: 0, topic: 1, brand: 2, competitor: 3, person: 4 })[kindOf.get(label) ?? 'person'];
  return [...post.labels].sort((a, b) => rank(a) - rank(b))[0] ?? '';
}

export function initialValues(post: ThreadPost, playbook: Playbook, needNote: string): TemplateValues {
  const persona = playbook.persona;
  return {
    author: addressOf(post),
    topic: topicOf(post, playbook),
    need: needNote.trim() === '' ? undefined : needNote.trim(),
    disclosure: persona.affiliated ? persona.disclosure : '',
    name: persona.name ? `${persona.name}${persona.organization ? `, ${persona.organization}` : ''}` : '',
  } as TemplateValues;
}

/** The organisation's own names and its competitors', from the watch list, for the checker. */
export function brandTerms(playbook: Playbook): { own: string[]; competitors: string[] } {
  const own: string[] = [];
  const competitors: string[] = [];
  for (const item of playbook.watch) {
    if (item.kind === 'brand' || item.kind === 'product') own.push(item.label, ...item.terms);
    else if (item.kind === 'competitor') competitors.push(item.label, ...item.terms);
  }
  const clean = (list: string[]) => [...new Set(list.map((term) => term.replace(/^[@#]/, '')).filter((term) => term.length >= 2))];
  return { own: clean(own), competitors: clean(competitors) };
}

/** What the reply asks of the person, for give:ask: a pushed sale, a link to our own site. */
export function asksOf(draft: string, check: CheckResult | null, ownTerms: readonly string[]): string[] {
  const asks: string[] = [];
  if (check?.findings.some((finding) => finding.rule === 'hard-sell')) asks.push('cta');
  const links = draft.match(/(?:https?:\/\/|www\.)[^\s]+|[\p{L}\p{N}-]+\.(?:com|net|org|io|fi|se|ru|app)(?:\/[^\s]*)?/giu) ?? [];
  const own = ownTerms.map((term) => term.toLocaleLowerCase().replace(/\s+/gu, '')).filter((term) => term.length >= 3);
  if (links.some((link) => own.some((term) => link.toLocaleLowerCase().includes(term)))) asks.push('own-link');
  return asks;
}

/** Share of a template's text the person changed before speaking (0 = sent as filled, 1 = all new). */
export function editShare(filled: string, final: string): number {
  if (filled === '') return 1;
  const a = filled.split(/\s+/u).filter(Boolean);
  const b = new Set(final.split(/\s+/u).filter(Boolean));
  const kept = a.filter((word) => b.has(word)).length;
  return Math.round((1 - kept / Math.max(a.length, 1)) * 100) / 100;
}

export interface EventBase {
  site: SiteId;
  postId: string;
  labels: string[];
}

/** One journal event of the coach; `key` makes the id unique within the session of this post. */
export function coachEvent(
  kind: JournalEventInput['kind'],
  base: EventBase,
  key: string,
  at: number,
  data?: Record<string, unknown>,
): JournalEventInput {
  return {
    id: `${kind}:${base.site}:${base.postId}:${key}`,
    kind,
    at,
    site: base.site,
    postId: base.postId,
    labels: base.labels,
    ...(data ? { data } : {}),
  };
}

export function checkData(draftId: string, check: CheckResult): Record<string, unknown> {
  return {
    draftId,
    score: check.score,
    ok: check.ok,
    count: check.length.count,
    limit: check.length.limit,
    findings: check.findings.map(({ rule, severity, start, end }) => ({ rule, severity, start, end })),
  };
}

export const REFLECT_CHOICES = ['answered', 'resolved', 'ignored', 'went-badly'] as const;
export type ReflectChoice = (typeof REFLECT_CHOICES)[number];

/** The journal's outcome for a choice. */
export function outcomeData(choice: ReflectChoice, note: string): { result: OutcomeResult; note?: string; choice: ReflectChoice } {
  const result: OutcomeResult = choice;
  const text = note.trim();
  return { result, choice, ...(text ? { note: text } : {}) };
}

/** The need the person names decides whether a draft opens at all. */
export function opensDraft(need: NeedId | null): boolean {
  return need !== null && need !== 'nothing';
}

export function personaOf(playbook: Playbook): Persona {
  return playbook.persona;
}
