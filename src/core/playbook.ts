// The playbook: one JSON file a team shares. Validated whole before anything uses it.
import * as v from 'valibot';
import { INTENTS, SITE_IDS } from './model';
import { formatQueryError, parseQuery } from './query/parse';
import { describeJsType, issueFromValibot, issueLine, QUERY_ISSUE_PREFIX, type ValidationIssue } from './validation-issue';

const nonEmpty = v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty'));

/** A term, exclude phrase or query word needs at least one letter or digit to be found in a text. */
const watchPhrase = v.pipe(nonEmpty, v.regex(/[\p{L}\p{N}]/u, 'must contain a letter or digit'));

const query = v.pipe(
  v.string('must be text'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed || dataset.value.trim() === '') return;
    const parsed = parseQuery(dataset.value);
    if (!parsed.ok) addIssue({ message: `${QUERY_ISSUE_PREFIX}${formatQueryError(parsed.error)}` });
  }),
);

export const WatchItemSchema = v.strictObject({
  label: nonEmpty,
  kind: v.picklist(['brand', 'product', 'competitor', 'person', 'topic'], 'must be one of brand, product, competitor, person, topic'),
  terms: v.pipe(v.array(watchPhrase, 'must be a list of terms'), v.minLength(1, 'needs at least one term'), v.maxLength(20000, 'has more than 20000 terms')),
  /** Phrases whose occurrences are not mentions ("acme anvil"); matched with inflection like terms. */
  exclude: v.optional(v.array(watchPhrase, 'must be a list of phrases')),
  /** Boolean query (AND, OR, NOT, parentheses, "phrases", NEAR/n) deciding whether a post matches. */
  query: v.optional(query),
  /**
   * Languages whose inflection and compounding apply to the terms (default: en, ru, fi, sv).
   * Posts in any other language still match the terms as exact words.
   */
  langs: v.optional(v.array(v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/, 'must be a language code such as "en"')))),
});

export const TemplateSchema = v.strictObject({
  id: nonEmpty,
  intent: v.pipe(v.array(v.picklist(INTENTS)), v.minLength(1)),
  lang: v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/, 'must be a language code such as "en"')),
  title: nonEmpty,
  text: nonEmpty,
});

export const PersonaSchema = v.strictObject({
  name: v.string(),
  role: v.string(),
  organization: v.string(),
  affiliated: v.boolean(),
  disclosure: v.string(),
});

export const PlaybookSchema = v.strictObject({
  hearken: v.literal(1, 'must be 1 (the playbook format version)'),
  name: nonEmpty,
  persona: PersonaSchema,
  watch: v.array(WatchItemSchema),
  templates: v.optional(v.array(TemplateSchema), []),
  sites: v.optional(v.record(v.picklist(SITE_IDS), v.boolean()), {}),
});

export type WatchItem = v.InferOutput<typeof WatchItemSchema>;
export type Template = v.InferOutput<typeof TemplateSchema>;
export type Persona = v.InferOutput<typeof PersonaSchema>;
export type Playbook = v.InferOutput<typeof PlaybookSchema>;

/** errors: "path: message" lines in English (the CLI); issues: the same as data for the UI to word. */
export type PlaybookResult = { ok: true; playbook: Playbook } | { ok: false; errors: string[]; issues: ValidationIssue[] };

function refused(issues: ValidationIssue[]): PlaybookResult {
  return { ok: false, errors: issues.map(issueLine), issues };
}

/** Validates a parsed JSON value; every error names its field path and what was expected. */
export function parsePlaybook(input: unknown): PlaybookResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const message = `expected a JSON object (the playbook) but got ${Array.isArray(input) ? 'a list' : input === null ? 'null' : typeof input}`;
    return refused([{ code: 'not-object', got: describeJsType(input), what: 'playbook', path: '(top level)', message }]);
  }
  const result = v.safeParse(PlaybookSchema, input);
  if (result.success) return { ok: true, playbook: result.output };
  return refused(result.issues.map((issue) => issueFromValibot(issue, v.getDotPath(issue) ?? '(top level)')));
}

/** Parses playbook JSON text; syntax errors are reported like field errors. */
export function parsePlaybookJson(text: string): PlaybookResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message;
    return { ok: false, errors: [`not valid JSON: ${detail}`], issues: [{ code: 'not-json', detail, path: '(top level)', message: `not valid JSON: ${detail}` }] };
  }
  return parsePlaybook(data);
}
