// The playbook: one JSON file a team shares. Validated whole before anything uses it.
import * as v from 'valibot';
import { INTENTS, SITE_IDS } from './model';

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

export const WatchItemSchema = v.strictObject({
  label: nonEmpty,
  kind: v.picklist(['brand', 'product', 'competitor', 'person', 'topic'], 'must be one of brand, product, competitor, person, topic'),
  terms: v.pipe(v.array(nonEmpty), v.minLength(1, 'needs at least one term'), v.maxLength(20000)),
  exclude: v.optional(v.array(nonEmpty)),
  query: v.optional(v.string()),
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

export type PlaybookResult = { ok: true; playbook: Playbook } | { ok: false; errors: string[] };

/** Validates a parsed JSON value; every error names its field path and what was expected. */
export function parsePlaybook(input: unknown): PlaybookResult {
  const result = v.safeParse(PlaybookSchema, input);
  if (result.success) return { ok: true, playbook: result.output };
  return {
    ok: false,
    errors: result.issues.map((issue) => {
      const path = v.getDotPath(issue) ?? '(top level)';
      return `${path}: ${issue.message}`;
    }),
  };
}

/** Parses playbook JSON text; syntax errors are reported like field errors. */
export function parsePlaybookJson(text: string): PlaybookResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`not valid JSON: ${(error as Error).message}`] };
  }
  return parsePlaybook(data);
}
