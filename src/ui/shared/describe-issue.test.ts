import { describe, expect, it } from 'vitest';
import { parsePlaybook, parsePlaybookJson } from '../../core/playbook';
import { parseScenarioPack } from '../../core/practice/scenario-pack';
import { parseQuery, type QueryError } from '../../core/query/parse';
import type { ValidationIssue } from '../../core/validation-issue';
import demoPlaybook from '../../core/demo-playbook.json';
import { LANGS, messages, translator } from '../dashboard/locale-test-helpers';
import { describeIssue, describeIssueWithPlace, describeQueryError } from './describe-issue';

function queryError(source: string): QueryError {
  const r = parseQuery(source);
  if (r.ok) throw new Error(`expected ${source} to fail`);
  return r.error;
}

/** One of every problem code, from real validation runs. */
function everyIssue(): ValidationIssue[] {
  const bad = structuredClone(demoPlaybook) as unknown as { [key: string]: unknown; watch: Record<string, unknown>[]; persona: Record<string, unknown> };
  bad.hearken = 2;
  bad.watch[0]!.label = '';
  bad.watch[0]!.kind = 'company';
  bad.watch[1]!.terms = [];
  bad.watch[2]!.terms = ['—'];
  bad.watch[2]!.query = 'Globex NEAR';
  bad.watch[3]!.langs = ['svenska'];
  bad.watch[3]!.exclude = 'acme anvil';
  bad.persona.mood = 'glad';
  bad.persona.name = 7;
  const playbook = parsePlaybook(bad);
  const list = parsePlaybook([]);
  const json = parsePlaybookJson('{"hearken": 1,');
  const pack = parseScenarioPack({ hearkenPractice: 1, name: 'Harjoitukset', persona: { name: 'Sam', role: 'r', organization: 'Acme', affiliated: true, disclosure: '' }, scenarios: [] });
  return [playbook, list, json, pack].flatMap((r) => (r.ok ? [] : r.issues));
}

describe('validation problems in the UI language', () => {
  const issues = everyIssue();

  it('covers the codes the files produce', () => {
    const codes = new Set(issues.map((issue) => issue.code));
    for (const code of ['version', 'empty', 'one-of', 'no-terms', 'no-letter', 'query', 'lang-code', 'not-list', 'unknown-field', 'wrong-type', 'not-object', 'not-json', 'needs-one']) {
      expect(codes, code).toContain(code);
    }
  });

  it.each(LANGS)('words every problem with a %s key, never an untranslated key or the English message', (lang) => {
    const t = translator(lang);
    const keys = new Set(Object.keys(messages(lang)));
    for (const issue of issues) {
      const text = describeIssue(issue, t);
      expect(text.length).toBeGreaterThan(0);
      // An unknown key would come back as the key itself.
      expect(keys.has(text), `${issue.code} → ${text}`).toBe(false);
      if (lang !== 'en' && issue.code !== 'not-json') expect(text).not.toContain(issue.message);
    }
  });

  it('reads naturally in each language', () => {
    const missing = queryError('(Acme OR Globex');
    expect(describeQueryError(missing, translator('en'))).toBe('The “(” at character 1 is never closed: expected “)” but found the end of the query (character 16).');
    expect(describeQueryError(missing, translator('ru'))).toBe('Скобка «(» на символе 1 не закрыта: ожидалась «)», а здесь конец запроса (символ 16).');
    expect(describeQueryError(queryError('muistiinpano && sovellus'), translator('fi'))).toBe('”&&” ei ole sana (merkki 14).');
    expect(describeQueryError(queryError('anteckningar OR'), translator('sv'))).toBe(
      'Här ska ett ord, en ”fras inom citattecken” eller ”(” stå, men det står frågans slut (tecken 16).',
    );
  });

  it('keeps the place in the file and leaves it off for the whole file', () => {
    const kind = issues.find((issue) => issue.path === 'watch.0.kind')!;
    expect(describeIssueWithPlace(kind, translator('en'))).toBe('watch.0.kind: Must be one of: brand, product, competitor, person, topic.');
    expect(describeIssueWithPlace(kind, translator('sv'))).toBe('watch.0.kind: Måste vara något av: brand, product, competitor, person, topic.');
    const list = issues.find((issue) => issue.code === 'not-object')!;
    expect(describeIssueWithPlace(list, translator('ru'))).toBe('В файле должен быть плейбук (один JSON-объект { … }), а не список.');
  });
});
