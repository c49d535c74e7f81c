// Practice scenarios: made-up threads a trainee answers with the coach's steps. A pack is one
// JSON file, validated whole like a playbook before anything uses it.
import * as v from 'valibot';
import { NEED_IDS } from '../coach/needs';
import { PersonaSchema } from '../playbook';
import { describeJsType, issueFromValibot, issueLine, type ValidationIssue } from '../validation-issue';

export const PRACTICE_LANGS = ['en', 'ru', 'fi', 'sv'] as const;
export type PracticeLang = (typeof PRACTICE_LANGS)[number];
export const PRACTICE_SITES = ['x', 'linkedin', 'reddit', 'forum'] as const;
export type PracticeSite = (typeof PRACTICE_SITES)[number];
export const SCENARIO_KINDS = ['complaint', 'how-to', 'comparison', 'praise', 'pile-on', 'buying', 'no-reply', 'hard-sell-bait'] as const;
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];

const text = v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty'));

export const PracticePostSchema = v.strictObject({
  author: text,
  handle: v.optional(text),
  /** A line under the name: a LinkedIn headline, a forum title, follower count. */
  byline: v.optional(v.string()),
  text,
  /** Collapsed until the trainee opens it ("3 more replies"): reading the thread means opening them. */
  hidden: v.optional(v.boolean(), false),
  /** Reply depth for nested threads (Reddit, LinkedIn comments). */
  depth: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(4)), 0),
  /** Votes or likes, as the site shows them. */
  score: v.optional(v.pipe(v.number(), v.integer())),
});

export const ScenarioSchema = v.pipe(
  v.strictObject({
    id: v.pipe(text, v.regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and dashes')),
    lang: v.picklist(PRACTICE_LANGS, 'must be one of en, ru, fi, sv'),
    site: v.picklist(PRACTICE_SITES, 'must be one of x, linkedin, reddit, forum'),
    kind: v.picklist(SCENARIO_KINDS, `must be one of ${SCENARIO_KINDS.join(', ')}`),
    title: text,
    /** Where the thread is: a subreddit, a forum section; shown as the site would. */
    place: v.optional(v.string()),
    /** Thread title on Reddit and forums. */
    threadTitle: v.optional(v.string()),
    posts: v.pipe(v.array(PracticePostSchema, 'must be a list of posts'), v.minLength(1, 'needs at least one post')),
    /** Index of the post the trainee answers. */
    focus: v.pipe(v.number(), v.integer(), v.minValue(0)),
    need: v.picklist(NEED_IDS, `must be one of ${NEED_IDS.join(', ')}`),
    /** Other needs an experienced person would also accept. */
    alsoFine: v.optional(v.array(v.picklist(NEED_IDS)), []),
    /** Whether an experienced community manager would reply at all. */
    reply: v.boolean('must be true or false'),
    expert: v.strictObject({
      /** What they would do, in one or two sentences. */
      move: text,
      why: text,
      /** The reply they would write, when they would write one. */
      reply: v.optional(text),
    }),
  }),
  v.forward(
    v.check((s) => s.focus < s.posts.length, 'must point at one of the posts'),
    ['focus'],
  ),
  v.forward(
    v.check((s) => s.reply === (s.need !== 'nothing'), 'must be false exactly when the need is "nothing"'),
    ['reply'],
  ),
);

export const ScenarioPackSchema = v.strictObject({
  hearkenPractice: v.literal(1, 'must be 1 (the scenario pack format version)'),
  name: text,
  /** Who the trainee speaks as in these scenarios. */
  persona: PersonaSchema,
  scenarios: v.pipe(v.array(ScenarioSchema, 'must be a list of scenarios'), v.minLength(1, 'needs at least one scenario')),
});

export type PracticePost = v.InferOutput<typeof PracticePostSchema>;
export type Scenario = v.InferOutput<typeof ScenarioSchema>;
export type ScenarioPack = v.InferOutput<typeof ScenarioPackSchema>;

/** errors: "path: message" lines in English (the CLI); issues: the same as data for the UI to word. */
export type PackResult = { ok: true; pack: ScenarioPack } | { ok: false; errors: string[]; issues: ValidationIssue[] };

function refused(issues: ValidationIssue[]): PackResult {
  return { ok: false, errors: issues.map(issueLine), issues };
}

export function parseScenarioPack(input: unknown): PackResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return refused([{ code: 'not-object', got: describeJsType(input), what: 'scenario-pack', path: '(top level)', message: 'expected a JSON object (a scenario pack)' }]);
  }
  const result = v.safeParse(ScenarioPackSchema, input);
  if (result.success) {
    const ids = result.output.scenarios.map((s) => s.id);
    const twice = ids.filter((id, index) => ids.indexOf(id) !== index);
    if (twice.length > 0) {
      return refused(twice.map((id) => ({ code: 'duplicate-id', id, path: 'scenarios', message: `the id "${id}" is used more than once` })));
    }
    return { ok: true, pack: result.output };
  }
  return refused(result.issues.map((issue) => issueFromValibot(issue, v.getDotPath(issue) ?? '(top level)')));
}

export function parseScenarioPackJson(json: string): PackResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const detail = (error as Error).message;
    return { ok: false, errors: [`not valid JSON: ${detail}`], issues: [{ code: 'not-json', detail, path: '(top level)', message: `not valid JSON: ${detail}` }] };
  }
  return parseScenarioPack(data);
}
