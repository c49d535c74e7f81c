// The coach's state and actions: one post, five steps, every step written to the journal.
import { computed, signal } from '@preact/signals';
import { checkDraft, type CheckResult } from '../../core/coach/check-draft';
import { summariseThread, type ListeningSummary } from '../../core/coach/listening';
import type { NeedId } from '../../core/coach/needs';
import { chooseTemplates, fillTemplate, type TemplateValues } from '../../core/coach/templates';
import type { Draft, JournalEventInput } from '../../core/journal';
import type { Playbook, Template } from '../../core/playbook';
import { askTab, askWorker } from '../../messaging/client';
import { MAX_DRAFT_CHARS, type InsertResult, type PagePost, type ThreadPost } from '../../messaging/protocol';
import { uiLanguage, writeClipboard } from '../../platform/browser';
import { t } from '../shared/i18n';
import {
  asPost,
  asksOf,
  brandTerms,
  checkData,
  coachEvent,
  editShare,
  initialValues,
  opensDraft,
  outcomeData,
  platformOf,
  type EventBase,
  type ReflectChoice,
} from './coach-logic';
import { loadPlaybook } from './playbook';

export const STEPS = ['listen', 'ideate', 'draft', 'speak', 'reflect'] as const;
export type Step = (typeof STEPS)[number];

export type Loaded =
  | { status: 'loading' }
  | { status: 'no-page' }
  | { status: 'choose'; tabId: number; siteLabel: string; posts: PagePost[] }
  | { status: 'gone'; tabId: number; postId: string }
  | { status: 'ready'; tabId: number; siteLabel: string; post: ThreadPost; thread: ThreadPost[]; summary: ListeningSummary };

export const loaded = signal<Loaded>({ status: 'loading' });
export const step = signal<Step>('listen');
export const need = signal<NeedId | null>(null);
export const needNote = signal('');
export const closedWithoutReply = signal(false);
export const values = signal<TemplateValues>({});
export const chosenTemplate = signal<Template | null>(null);
export const draftText = signal('');
export const check = signal<CheckResult | null>(null);
export const checking = signal(false);
/** Said to screen readers (and shown) after each action; findings have their own live region. */
export const notice = signal('');
export const lastSpoken = signal<{ result: InsertResult | 'copied' | 'copy-failed'; at: number } | null>(null);
export const reflected = signal<ReflectChoice | null>(null);
export const insertAnyway = signal(false);

let playbook: Playbook | null = null;
let draftId = '';
let draftCreated = 0;
let session = '';
let filledTemplate = '';
const uiLang = uiLanguage().slice(0, 2);

export const platform = computed(() => (loaded.value.status === 'ready' ? platformOf(loaded.value.post.site) : 'forum'));

export const templates = computed<Template[]>(() => {
  const state = loaded.value;
  if (state.status !== 'ready' || !playbook) return [];
  const { post } = state;
  const lang = ['en', 'ru', 'fi', 'sv'].includes(post.lang.slice(0, 2)) ? post.lang.slice(0, 2) : uiLang;
  const byIntent = chooseTemplates(post.intent.label, lang, playbook.templates);
  // The named need widens the choice: a question answered as a recommendation, praise as acknowledgement.
  const byNeed =
    need.value === 'recommendation' ? chooseTemplates('buying', lang, playbook.templates) : need.value === 'help' ? chooseTemplates('complaint', lang, playbook.templates) : [];
  const seen = new Set<string>();
  return [...byIntent, ...byNeed].filter((template) => (seen.has(template.id) ? false : (seen.add(template.id), true)));
});

function base(): EventBase | null {
  const state = loaded.value;
  return state.status === 'ready' ? { site: state.post.site, postId: state.post.id, labels: state.post.labels } : null;
}

async function log(events: JournalEventInput[]): Promise<boolean> {
  const reply = await askWorker('journal/append', { events });
  if (!reply.ok) notice.value = t('coachJournalFailed', reply.error.message);
  return reply.ok;
}

function event(kind: JournalEventInput['kind'], key: string, data?: Record<string, unknown>): JournalEventInput | null {
  const b = base();
  return b ? coachEvent(kind, b, `${session}:${key}`, Date.now(), data) : null;
}

async function logOne(kind: JournalEventInput['kind'], key: string, data?: Record<string, unknown>): Promise<void> {
  const e = event(kind, key, data);
  if (e) await log([e]);
}

/** Which tab and post to coach: `?tab=&post=` when given, else what the worker left in the session. */
export function targetFromUrl(search: string): { tabId?: number; postId?: string } {
  const params = new URLSearchParams(search);
  const tabId = Number(params.get('tab'));
  const postId = params.get('post') ?? undefined;
  return { ...(Number.isInteger(tabId) && tabId > 0 ? { tabId } : {}), ...(postId ? { postId } : {}) };
}

function resetSteps(): void {
  step.value = 'listen';
  need.value = null;
  needNote.value = '';
  closedWithoutReply.value = false;
  chosenTemplate.value = null;
  draftText.value = '';
  check.value = null;
  lastSpoken.value = null;
  reflected.value = null;
  insertAnyway.value = false;
  notice.value = '';
  draftId = '';
  filledTemplate = '';
}

/** Loads the post and its thread from the page, and any draft kept for it. */
export async function openPost(tabId: number, postId: string | undefined): Promise<void> {
  resetSteps();
  loaded.value = { status: 'loading' };
  playbook ??= await loadPlaybook();
  if (!postId) {
    const posts = await askTab(tabId, 'page/posts', {});
    loaded.value = posts.ok ? { status: 'choose', tabId, siteLabel: posts.data.siteLabel, posts: [...posts.data.posts].reverse() } : { status: 'no-page' };
    return;
  }
  const reply = await askTab(tabId, 'page/thread', { postId });
  if (!reply.ok) {
    loaded.value = { status: 'no-page' };
    return;
  }
  if (!reply.data.found) {
    loaded.value = { status: 'gone', tabId, postId };
    return;
  }
  const { post, thread, siteLabel } = reply.data;
  const { own } = brandTerms(playbook);
  const summary = summariseThread(asPost(post), thread.map(asPost), playbook.persona, own);
  session = String(Date.now());
  loaded.value = { status: 'ready', tabId, siteLabel, post, thread, summary };
  values.value = initialValues(post, playbook, '');
  await logOne('listened', 'listened', {
    thread: thread.length,
    unanswered: summary.unanswered.length,
    brandReplied: summary.brandReplied,
    intent: post.intent.label,
    sentiment: post.sentiment.label,
  });
  const kept = await askWorker('draft/get', { site: post.site, postId: post.id });
  if (kept.ok && kept.data.draft && kept.data.draft.text.trim() !== '') {
    draftId = kept.data.draft.id;
    draftCreated = kept.data.draft.createdAt;
    draftText.value = kept.data.draft.text;
    notice.value = t('coachDraftRestored');
  }
}

/** The Listen gate: a draft opens only once the person has named what the author needs. */
export async function nameNeed(chosen: NeedId, note: string): Promise<void> {
  notice.value = '';
  need.value = chosen;
  needNote.value = note;
  const state = loaded.value;
  if (state.status !== 'ready' || !playbook) return;
  await logOne('need-named', `need:${chosen}`, { need: chosen, ...(note.trim() ? { note: note.trim().slice(0, 500) } : {}) });
  if (chosen === 'nothing') {
    closedWithoutReply.value = true;
    await logOne('no-reply-needed', 'no-reply', { ...(note.trim() ? { note: note.trim().slice(0, 500) } : {}) });
    notice.value = t('coachNoReplyLogged');
    return;
  }
  values.value = { ...values.value, ...initialValues(state.post, playbook, note) };
  step.value = draftText.value.trim() !== '' ? 'draft' : 'ideate';
}

export const draftOpen = computed(() => opensDraft(need.value));

export function preview(template: Template): string {
  return fillTemplate(template.text, values.value);
}

export async function chooseTemplate(template: Template | null): Promise<void> {
  chosenTemplate.value = template;
  const text = template ? preview(template) : '';
  filledTemplate = text;
  if (draftText.value.trim() !== '' && template) {
    notice.value = t('coachTemplateReplaced');
  }
  setDraft(text);
  step.value = 'draft';
  if (template) await logOne('template-chosen', `template:${template.id}`, { templateId: template.id, lang: template.lang });
}

let saveTimer: ReturnType<typeof setTimeout> | null = null;
let checkTimer: ReturnType<typeof setTimeout> | null = null;
let loggedRules = '';

function runCheck(): CheckResult | null {
  const state = loaded.value;
  if (state.status !== 'ready' || !playbook) return null;
  const { own, competitors } = brandTerms(playbook);
  const result = checkDraft({
    draft: draftText.value,
    platform: platformOf(state.post.site),
    post: { text: state.post.text, lang: state.post.lang, author: state.post.author.name },
    persona: playbook.persona,
    ...(chosenTemplate.value ? { lang: chosenTemplate.value.lang } : {}),
    uiLang,
    brandTerms: own,
    competitorTerms: competitors,
  });
  check.value = result;
  checking.value = false;
  return result;
}

async function persistDraft(status: Draft['status']): Promise<void> {
  const b = base();
  if (!b) return;
  const now = Date.now();
  if (!draftId) {
    draftId = `${b.site}:${b.postId}:${now}`;
    draftCreated = now;
  }
  const draft: Draft = {
    id: draftId,
    site: b.site,
    postId: b.postId,
    text: draftText.value.slice(0, MAX_DRAFT_CHARS),
    ...(chosenTemplate.value ? { templateId: chosenTemplate.value.id } : {}),
    status,
    createdAt: draftCreated,
    updatedAt: now,
  };
  const reply = await askWorker('draft/save', { draft });
  if (!reply.ok) notice.value = t('coachDraftNotSaved', reply.error.message);
}

async function logCheck(result: CheckResult, force: boolean): Promise<void> {
  const rules = result.findings.map((finding) => finding.rule).sort().join(',');
  if (!force && rules === loggedRules) return;
  loggedRules = rules;
  if (!draftId) return;
  await logOne('draft-checked', `check:${Date.now()}`, checkData(draftId, result));
}

/** Every edit: the check runs after a short pause (longer for huge pastes), the draft is saved. */
export function setDraft(text: string): void {
  const tooBig = text.length > MAX_DRAFT_CHARS;
  draftText.value = tooBig ? text.slice(0, MAX_DRAFT_CHARS) : text;
  if (tooBig) notice.value = t('coachDraftCut', MAX_DRAFT_CHARS.toLocaleString());
  insertAnyway.value = false;
  checking.value = true;
  if (checkTimer) clearTimeout(checkTimer);
  checkTimer = setTimeout(
    () => {
      const result = runCheck();
      if (result) void logCheck(result, false);
    },
    text.length > 20_000 ? 1200 : 250,
  );
  if (saveTimer) clearTimeout(saveTimer);
  saveTimer = setTimeout(() => void persistDraft('open'), 600);
}

export function checkNow(): CheckResult | null {
  if (checkTimer) clearTimeout(checkTimer);
  return runCheck();
}

export const blockers = computed(() => check.value?.findings.filter((finding) => finding.severity === 'block') ?? []);
export const tooLong = computed(() => check.value?.findings.some((finding) => finding.rule === 'too-long' && finding.severity === 'block') ?? false);

async function speakEvent(kind: 'inserted' | 'copied', result: CheckResult, extra: Record<string, unknown>): Promise<void> {
  const { own } = brandTerms(playbook!);
  await logOne(kind, `${kind}:${Date.now()}`, {
    draftId,
    asks: asksOf(draftText.value, result, own),
    score: result.score,
    length: result.length.count,
    ...(chosenTemplate.value ? { templateId: chosenTemplate.value.id, editShare: editShare(filledTemplate, draftText.value) } : {}),
    ...extra,
  });
}

/** Step 4: into the site's own reply box; if the box cannot be reached, the clipboard. */
export async function speak(): Promise<void> {
  const state = loaded.value;
  if (state.status !== 'ready') return;
  if (draftText.value.trim() === '') {
    notice.value = t('coachEmptyDraft');
    return;
  }
  const result = checkNow();
  if (!result) return;
  await persistDraft('open');
  await logCheck(result, true);
  if (tooLong.value) {
    notice.value = t('coachTooLongToInsert', result.length.count, result.length.limit ?? 0);
    return;
  }
  if (blockers.value.length > 0 && !insertAnyway.value) {
    notice.value = t('coachBlockersFirst');
    return;
  }
  const reply = await askTab(state.tabId, 'page/insert', { postId: state.post.id, text: draftText.value });
  const outcome: InsertResult = reply.ok ? reply.data.result : 'no-box';
  if (outcome === 'inserted' || outcome === 'added-after-text') {
    lastSpoken.value = { result: outcome, at: Date.now() };
    await speakEvent('inserted', result, { result: outcome, override: insertAnyway.value });
    await persistDraft('inserted');
    notice.value = t(outcome === 'inserted' ? 'coachInserted' : 'coachInsertedAfterText', state.siteLabel);
    step.value = 'reflect';
    return;
  }
  if (outcome === 'post-gone') {
    loaded.value = { status: 'gone', tabId: state.tabId, postId: state.post.id };
  }
  // Inserting did not work: the text goes to the clipboard so nothing is lost.
  const copied = await copyDraft(false);
  const why = t(`coachInsert_${outcome.replace(/-/g, '_')}`, state.siteLabel);
  notice.value = copied ? `${why} ${t('coachCopiedInstead')}` : `${why} ${t('coachCopyFailed')}`;
}

/** Copies the draft; logged as "copied" (a reply the person pastes themselves). */
export async function copyDraft(announce = true): Promise<boolean> {
  const text = draftText.value;
  if (text.trim() === '') {
    notice.value = t('coachEmptyDraft');
    return false;
  }
  try {
    await writeClipboard(text);
  } catch {
    lastSpoken.value = { result: 'copy-failed', at: Date.now() };
    if (announce) notice.value = t('coachCopyFailed');
    return false;
  }
  const result = check.value ?? checkNow();
  lastSpoken.value = { result: 'copied', at: Date.now() };
  if (result) await speakEvent('copied', result, {});
  if (announce) notice.value = t('coachCopied');
  return true;
}

export async function discardDraft(): Promise<void> {
  await persistDraft('discarded');
  draftId = '';
  draftText.value = '';
  chosenTemplate.value = null;
  check.value = null;
  step.value = 'ideate';
  notice.value = t('coachDiscarded');
}

/** Step 5: what happened, told later; one outcome per post, the latest wins. */
export async function reflect(choice: ReflectChoice, note: string): Promise<void> {
  reflected.value = choice;
  await logOne('outcome', `outcome:${Date.now()}`, outcomeData(choice, note));
  notice.value = t('coachReflected');
}

export function goTo(target: Step): void {
  if (target !== 'listen' && target !== 'reflect' && !draftOpen.value) {
    notice.value = t('coachNameNeedFirst');
    return;
  }
  notice.value = '';
  step.value = target;
}
