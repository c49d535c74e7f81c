// The ten draft rules. Each looks at the prepared context and returns its findings.
import { contentWords, sharedWords, stemIndex } from './content-words';
import { compileLexicon, findAll, findCues, nameRegex, phraseSource } from './cue-matcher';
import { lexiconHits, wordsOutsideLinks, type DraftContext } from './draft-context';
import {
  ARGUE, BLAME, BOILERPLATE, DIRECT_ANSWER, DISCLOSURE, DISCLOSURE_WITH_ORG, ESCALATE_OR_CARE, NEGATION,
  PRAISE_OR_RECOMMEND, PUSHY_SELL, QUANTITY_ASK, RECOMMEND_ASK, SALES_PUSH, SENSITIVE,
} from './lexicons';
import type { MessageKey, RuleId } from './messages';
import { foldForCompare, sentences, words, type Span } from './text';

export type Severity = 'block' | 'warn' | 'tip';

export interface RawFinding {
  rule: RuleId;
  severity: Severity;
  key: MessageKey;
  start: number;
  end: number;
  cue?: string;
}

const pushy = compileLexicon(PUSHY_SELL);
const salesPush = compileLexicon(SALES_PUSH);
const disclosure = compileLexicon(DISCLOSURE);
const praise = compileLexicon(PRAISE_OR_RECOMMEND);
const blame = compileLexicon(BLAME);
const argue = compileLexicon(ARGUE);
const boilerplate = compileLexicon(BOILERPLATE);
const directAnswer = compileLexicon(DIRECT_ANSWER);
const escalateOrCare = compileLexicon(ESCALATE_OR_CARE);
const sensitive = compileLexicon(SENSITIVE);
const recommendAsk = compileLexicon(RECOMMEND_ASK);
const quantityAsk = compileLexicon(QUANTITY_ASK);

const insideLink = (s: Span, ctx: DraftContext) => ctx.links.some((l) => s.start >= l.start && s.end <= l.end);
const negated = (text: string, at: number) => NEGATION.test(text.slice(Math.max(0, at - 40), at));

/** Sales cues that count here: urgency always, ordinary pushes unless the person asked to buy. */
export function salesCues(ctx: DraftContext): Span[] {
  const hits = lexiconHits(ctx.draft, pushy, ctx.lang);
  if (!ctx.post?.buying) hits.push(...lexiconHits(ctx.draft, salesPush, ctx.lang));
  const percentOff = /\d+\s?%\s?(?:off|alennus|rabatt|скидк\p{L}*)/giu;
  if (!ctx.post?.buying) hits.push(...findAll(ctx.draft, percentOff));
  return hits.filter((h) => !insideLink(h, ctx) && !negated(ctx.draft, h.start)).sort((a, b) => a.start - b.start);
}

export function hardSell(ctx: DraftContext): RawFinding[] {
  const hit = salesCues(ctx)[0];
  return hit ? [{ rule: 'hard-sell', severity: 'block', key: 'hard-sell', start: hit.start, end: hit.end, cue: hit.text }] : [];
}

export function isDisclosed(ctx: DraftContext): boolean {
  if (lexiconHits(ctx.draft, disclosure, ctx.lang).length > 0) return true;
  const own = ctx.persona?.disclosure.trim().replace(/[.!。]+$/u, '');
  if (own && own.length >= 4 && foldForCompare(ctx.draft).includes(foldForCompare(own))) return true;
  const org = ctx.persona?.organization.trim();
  return org ? orgDisclosureRegex(org, ctx.persona?.name.trim() ?? '').test(ctx.draft) : false;
}

const orgDisclosureCache = new Map<string, RegExp>();

/** "here at Acme", "Acme-tiimistä", "Sam, Acme support": disclosure built around the organisation's name. */
function orgDisclosureRegex(org: string, name: string): RegExp {
  const key = `${org}\u0000${name}`;
  let re = orgDisclosureCache.get(key);
  if (!re) {
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const sources = DISCLOSURE_WITH_ORG.map((p) => phraseSource(p).split('\\{org\\}').join(`${esc(org)}[\\p{L}]{0,4}`));
    if (name.length >= 2) sources.push(`${esc(name)}[\\s,–—-]+(?:\\p{L}+\\s+){0,3}${esc(org)}`);
    re = new RegExp(sources.join('|'), 'iu');
    if (orgDisclosureCache.size > 100) orgDisclosureCache.clear();
    orgDisclosureCache.set(key, re);
  }
  return re;
}

export function missingDisclosure(ctx: DraftContext): RawFinding[] {
  if (!ctx.persona?.affiliated) return [];
  const mentions = [...findAll(ctx.draft, nameRegex(ctx.ownNames)), ...findAll(ctx.draft, nameRegex(ctx.competitorNames))].filter(
    (m) => !insideLink(m, ctx),
  );
  if (mentions.length === 0) return [];
  if (lexiconHits(ctx.draft, praise, ctx.lang).length === 0) return [];
  if (isDisclosed(ctx)) return [];
  const first = mentions.sort((a, b) => a.start - b.start)[0]!;
  return [{ rule: 'missing-disclosure', severity: 'block', key: 'missing-disclosure', start: first.start, end: first.end, cue: first.text }];
}

export function shouting(ctx: DraftContext): RawFinding[] {
  const runs = findAll(ctx.draft, /[!?！？]{3,}/gu);
  if (runs[0]) return [{ rule: 'shouting', severity: 'warn', key: 'shouting', start: runs[0].start, end: runs[0].end, cue: runs[0].text }];
  const lettersOf = (w: Span) => w.text.replace(/[^\p{L}]/gu, '');
  const plain = words(ctx.draft).filter((w) => !insideLink(w, ctx) && !ctx.exclude.has(foldForCompare(w.text)) && !/^[@#]/.test(ctx.draft[w.start - 1] ?? ''));
  let upper = 0;
  let cased = 0;
  for (const w of plain) {
    const l = lettersOf(w);
    upper += (l.match(/\p{Lu}/gu) ?? []).length;
    cased += (l.match(/[\p{Lu}\p{Ll}]/gu) ?? []).length;
  }
  if (cased >= 12 && upper / cased > 0.6) return [{ rule: 'shouting', severity: 'warn', key: 'shouting', start: 0, end: ctx.draft.length }];
  // Three or more capitalised words in a row (acronyms alone stay fine).
  let run: Span[] = [];
  for (const w of plain) {
    const l = lettersOf(w);
    const caps = l.length >= 2 && /\p{Lu}/u.test(l) && !/\p{Ll}/u.test(l);
    if (caps && (run.length === 0 || /^[\s,]+$/u.test(ctx.draft.slice(run[run.length - 1]!.end, w.start)))) run.push(w);
    else run = caps ? [w] : [];
    if (run.length >= 3 && run.reduce((n, r) => n + lettersOf(r).length, 0) >= 10) {
      return [{ rule: 'shouting', severity: 'warn', key: 'shouting', start: run[0]!.start, end: w.end }];
    }
  }
  return [];
}

export function ignoresQuestion(ctx: DraftContext): RawFinding[] {
  const post = ctx.post;
  if (!post || post.questions.length === 0 || ctx.draft.trim() === '') return [];
  const draftContent = contentWords(ctx.draft, ctx.exclude).filter((w) => !insideLink(w, ctx));
  // A short question ("Is this a scam?") is about the whole post around it.
  let asked = post.questions.flatMap((q) => contentWords(q.text, ctx.exclude));
  if (asked.length < 2) asked = [...asked, ...post.content];
  if (sharedWords(draftContent, stemIndex(asked)).length > 0) return [];
  const questionText = post.questions.map((q) => q.text).join(' ');
  if (findCues(questionText, recommendAsk, post.lang).length > 0 && namesSomething(ctx)) return [];
  if (findCues(questionText, quantityAsk, post.lang).length > 0 && /\p{N}/u.test(ctx.draft)) return [];
  const first = sentences(ctx.draft)[0];
  if (first && findCues(first.text, directAnswer, ctx.lang).some((c) => c.start <= 12)) return [];
  if (/[?？]/.test(ctx.draft) && sharedWords(draftContent, post.index).length >= 2) return [];
  const end = first ? first.end : ctx.draft.length;
  return [{ rule: 'ignores-question', severity: 'warn', key: 'ignores-question', start: 0, end }];
}

/** The draft names a product, tool or place: a brand from the playbook or a capitalised word mid-sentence. */
function namesSomething(ctx: DraftContext): boolean {
  if (findAll(ctx.draft, nameRegex([...ctx.ownNames, ...ctx.competitorNames])).length > 0) return true;
  return /[\p{Ll},:;]\s+\p{Lu}[\p{L}\p{N}]+/u.test(ctx.draft.replace(/(?:^|[.!?]\s+)\p{Lu}/gu, ''));
}

export function notPersonal(ctx: DraftContext): RawFinding[] {
  const out: RawFinding[] = [];
  const placeholder = findAll(ctx.draft, /\{(?:author|topic|need|disclosure|name)\}/gu)[0];
  if (placeholder) out.push({ rule: 'not-personal', severity: 'warn', key: 'placeholder', start: placeholder.start, end: placeholder.end, cue: placeholder.text });
  const filler = lexiconHits(ctx.draft, boilerplate, ctx.lang);
  const draftContent = contentWords(ctx.draft, ctx.exclude).filter((w) => !insideLink(w, ctx));
  const fillerSpan = filler[0] ?? { start: 0, end: ctx.draft.length, text: '' };
  const finding: RawFinding = { rule: 'not-personal', severity: 'warn', key: 'not-personal', start: fillerSpan.start, end: fillerSpan.end };
  if (ctx.post && ctx.post.content.length >= 2) {
    const shared = sharedWords(draftContent, ctx.post.index);
    if (shared.length === 0 || (filler.length >= 2 && shared.length <= 1)) out.push(finding);
  } else if (filler.length > 0 && draftContent.length <= 2) {
    out.push(finding);
  }
  return out;
}

export function defensive(ctx: DraftContext): RawFinding[] {
  const upset = ctx.post?.upset ?? false;
  const hits = lexiconHits(ctx.draft, blame, ctx.lang);
  if (upset) hits.push(...lexiconHits(ctx.draft, argue, ctx.lang));
  const hit = hits.sort((a, b) => a.start - b.start)[0];
  if (!hit) return [];
  return [{ rule: 'defensive', severity: upset ? 'block' : 'warn', key: 'defensive', start: hit.start, end: hit.end, cue: hit.text }];
}

export function linkFirst(ctx: DraftContext): RawFinding[] {
  const first = ctx.links[0];
  if (!first) return [];
  const before = contentWords(ctx.draft.slice(0, first.start), ctx.exclude);
  const outside = contentWords(ctx.draft, ctx.exclude).filter((w) => !insideLink(w, ctx));
  const wordsTotal = wordsOutsideLinks(ctx.draft, ctx.links).length;
  if (before.length >= 3 && outside.length >= 6 && wordsTotal >= 10) return [];
  return [{ rule: 'link-first', severity: 'warn', key: 'link-first', start: first.start, end: first.end, cue: first.text }];
}

const SELF = new Set(
  "we we're we've we'll we'd our ours us i i'm i've i'd i'll me my mine ourselves мы наш наша наше наши нашего нашей нашем наших нашу нашим нас нам нами я мне меня мной мой моя моё мое мои моего моей моих me meidän meillä meitä meille meiltä meistä meihin minä mä minun mun minulla mulla minulle mulle minua mua minusta vi vår vårt våra oss jag mig mej min mitt mina".split(' '),
);
const OTHER = new Set(
  "you you're you've you'll you'd your yours yourself вы ваш ваша ваше ваши вашего вашей вашем ваших вашу вашим вас вам вами ты твой твоя твоё твои тебя тебе тобой можете сможете хотите используете пишете sinä sä sinun sun sinulla sulla sinulle sulle sinua sua sinusta te teidän teillä teitä teille voit saat löydät haluat tarvitset pystyt näet teet käytät olet kirjoitit mainitsit kerroit sanoit du dig dej din ditt dina ni er ert era".split(' '),
);

export function selfFocused(ctx: DraftContext): RawFinding[] {
  let self = 0;
  let other = 0;
  for (const w of words(ctx.draft)) {
    if (insideLink(w, ctx)) continue;
    const f = foldForCompare(w.text).replace(/’/g, "'");
    if (SELF.has(f) || (f.length >= 7 && f.endsWith('mme'))) self += 1;
    else if (OTHER.has(f) || (f.length >= 6 && /(?:tte|nne)$/u.test(f))) other += 1;
  }
  self += findAll(ctx.draft, nameRegex(ctx.ownNames)).length;
  if (self >= 5 && self >= 2 * other + 3) return [{ rule: 'self-focused', severity: 'warn', key: 'self-focused', start: 0, end: ctx.draft.length }];
  return [];
}

export function sensitiveTopic(ctx: DraftContext): RawFinding[] {
  const inDraft = lexiconHits(ctx.draft, sensitive, ctx.lang);
  const inPost = ctx.post?.sensitive ?? [];
  const cue = inDraft[0] ?? inPost[0];
  if (!cue) return [];
  const careful = lexiconHits(ctx.draft, escalateOrCare, ctx.lang).length > 0;
  const pushing = salesCues(ctx).length > 0 || ctx.links.length > 0;
  if (careful && !pushing) return [];
  const span = inDraft[0] ?? { start: 0, end: ctx.draft.length };
  return [{ rule: 'sensitive-topic', severity: 'warn', key: 'sensitive-topic', start: span.start, end: span.end, cue: cue.text }];
}


export const CONTENT_RULES = [hardSell, missingDisclosure, shouting, ignoresQuestion, notPersonal, defensive, linkFirst, selfFocused, sensitiveTopic];
