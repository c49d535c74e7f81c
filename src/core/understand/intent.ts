// What a post wants: a question, a complaint, praise, a buying decision, a crisis, or other.
// Rules over the weighted evidence of evidence.ts, in order of what a listener must not miss, and a
// learned model (intent-model.ts) that reads their evidence beside the post's words and decides.
import { JUDGED_CHARS, type Cue, type Intent, type IntentResult } from '../model';
import { readCached, type Reading } from './evidence';
import { ruleView } from './intent-features';
import { cueLanguage } from './lexicons';
import { learnedIntent, shippedIntentModel, type IntentModel } from './intent-model';

const CRISIS_AT = 1.5;
const CLEAR = 1;

/** "Why does the app want my contacts?", "Varför tar Klarna en avgift…?": a why-question about a product or a company is a complaint. */
const whyComplaint = (s: Record<Intent, number>, topics: number, why: boolean): boolean =>
  why && topics > 0 && s.complaint + s.question >= CLEAR && s.praise < CLEAR;

/** `about`: product words and named companies, what a why-question can be about. */
function decide(s: Record<Intent, number>, topics: number, about: number, balance: number, why: boolean): Intent {
  if (s.crisis >= CRISIS_AT && s.crisis >= 0.5 * Math.max(s.praise, s.buying)) return 'crisis';
  if (s.buying >= CLEAR && s.buying >= 0.8 * s.praise) return 'buying';
  if (whyComplaint(s, about, why)) return 'complaint';
  // "Where do I get an API key? The link is broken": a clear question with a side remark.
  if (s.question >= 1.5 && s.complaint < 1.5 && s.other < CLEAR && !why) return 'question';
  if (s.complaint >= CLEAR && s.complaint > s.praise) return 'complaint';
  if (s.question >= CLEAR && s.other < CLEAR && s.praise < 1.5) return 'question';
  // "Great thread from an ex-pilot on fuel planning. Worth a read.": recommending something to read.
  if (s.other >= 1.5 && s.other >= s.praise && s.complaint < CLEAR) return 'other';
  if (s.praise >= 0.9 && s.praise > s.complaint) return 'praise';
  if (s.complaint >= 0.6 && s.complaint > s.praise) return 'complaint';
  if (s.question >= CLEAR && s.other < 1.6) return 'question';
  // No intent cue is clear: how it feels about a product or service decides.
  if (topics > 0 && balance >= 0.5) return 'praise';
  if (about > 0 && balance >= 1.2) return 'praise';
  if (topics > 0 && balance <= -0.5) return 'complaint';
  // A lone "?" with nothing else around it is still most likely a question.
  if (s.question >= 0.8 && s.other < CLEAR) return 'question';
  return 'other';
}

function scoreOf(label: Intent, s: Record<Intent, number>): number {
  const others = (Object.keys(s) as Intent[]).filter((k) => k !== label && k !== 'other').map((k) => s[k]);
  const runnerUp = Math.max(0, ...others);
  if (label === 'other') return Math.round(Math.max(0.2, 1 - runnerUp) * 100) / 100;
  const win = s[label];
  return Math.round((win / (win + runnerUp + 0.5)) * 100) / 100;
}

function cuesFor(reading: Reading, label: Intent): Cue[] {
  return reading.evidence
    .filter((e) => (e.intent[label] ?? 0) > 0)
    .map((e) => e.cue)
    .sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
}

/** Intent by the rules alone. */
function ruleIntent(reading: Reading): IntentResult {
  const why = reading.evidence.some((e) => e.cue.signal === 'why');
  const label = decide(reading.intent, reading.topics, reading.topics + reading.names, reading.positive - reading.negative, why);
  if (label === 'complaint' && reading.intent.complaint < CLEAR && whyComplaint(reading.intent, reading.topics + reading.names, why)) {
    // The why-question itself is the complaint's cue: "Почему", "?" and any trouble beside them.
    const s = reading.intent;
    const asked = s.complaint + s.question;
    const cues = reading.evidence
      .filter((e) => (e.intent.complaint ?? 0) > 0 || (e.intent.question ?? 0) > 0)
      .map((e) => e.cue)
      .sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
    return { label, score: Math.round((asked / (asked + Math.max(s.praise, s.buying, s.crisis) + 0.5)) * 100) / 100, cues };
  }
  return { label, score: scoreOf(label, reading.intent), cues: cuesFor(reading, label) };
}

/**
 * Intent by the learned model (the shipped one by default) reading the rules' evidence beside the
 * post's words; by the rules alone with `model` null. The cues are the rules' cues for the label
 * decided, and the words that weighed most for it when the model went beyond them.
 */
export function classifyIntent(whole: string, lang: string, model: IntentModel | null = shippedIntentModel()): IntentResult {
  const text = whole.length > JUDGED_CHARS ? whole.slice(0, JUDGED_CHARS) : whole;
  const reading = readCached(text, lang);
  const rules = ruleIntent(reading);
  // The model knows the words of the languages it was trained on; in any other the rules decide.
  if (!model || !text.trim() || cueLanguage(lang, text) !== lang.slice(0, 2).toLowerCase()) return rules;
  const learned = learnedIntent(model, text, lang, ruleView(reading, rules.label));
  if (learned.label === rules.label) {
    return { label: rules.label, score: learned.score, cues: rules.cues.length > 0 ? rules.cues : learned.cues() };
  }
  const own = cuesFor(reading, learned.label);
  const overlaps = (c: Cue): boolean => own.some((o) => (c.start ?? 0) < (o.end ?? 0) && (o.start ?? 0) < (c.end ?? 0));
  const cues = [...own, ...learned.cues().filter((c) => !overlaps(c))].sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  return { label: learned.label, score: learned.score, cues };
}

let lastIntent: { text: string; lang: string; result: IntentResult } | undefined;

/** classifyIntent with the shipped model, reused when sentiment asks about the post intent just read. */
export function classifyIntentCached(text: string, lang: string): IntentResult {
  if (lastIntent && lastIntent.text === text && lastIntent.lang === lang) return lastIntent.result;
  const result = classifyIntent(text, lang);
  lastIntent = { text, lang, result };
  return result;
}
