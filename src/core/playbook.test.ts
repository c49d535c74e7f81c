import { describe, expect, it } from 'vitest';
import demo from './demo-playbook.json';
import { parsePlaybook, parsePlaybookJson } from './playbook';

const valid = {
  hearken: 1,
  name: 'Acme community team',
  persona: { name: 'Sam', role: 'Community manager', organization: 'Acme', affiliated: true, disclosure: 'I work at Acme.' },
  watch: [{ label: 'Acme', kind: 'brand', terms: ['Acme', '@acmecorp'], exclude: ['acme anvil'], query: 'acme NOT anvil', langs: ['en', 'fi'] }],
};

function errors(input: unknown): string[] {
  const r = parsePlaybook(input);
  return r.ok ? [] : r.errors;
}

describe('parsePlaybook', () => {
  it('accepts the demo playbook and a full example', () => {
    expect(parsePlaybook(demo).ok).toBe(true);
    expect(parsePlaybook(valid).ok).toBe(true);
  });
  it('names the field path and what was expected', () => {
    const bad = structuredClone(valid) as { watch: Record<string, unknown>[]; persona: Partial<typeof valid.persona> };
    const item = bad.watch[0] as Record<string, unknown>;
    item.kind = 'company';
    item.terms = ['Acme', 7, '!!!'];
    item.langs = ['english'];
    item.colour = 'red';
    delete bad.persona.disclosure;
    expect(errors(bad)).toEqual([
      'persona.disclosure: is required but missing',
      'watch.0.kind: must be one of brand, product, competitor, person, topic',
      'watch.0.terms.1: must be text',
      'watch.0.terms.2: must contain a letter or digit',
      'watch.0.langs.0: must be a language code such as "en"',
      'watch.0.colour: is not a known field',
    ]);
  });
  it('reports query syntax errors with their position at parse time', () => {
    const bad = structuredClone(valid);
    (bad.watch[0] as { query: string }).query = 'acme AND (outage OR';
    expect(errors(bad)).toEqual(['watch.0.query: is not a valid query: expected a word, a quoted phrase or "(" but found the end of the query (at position 20)']);
  });
  it('reports wrong types, versions and JSON syntax', () => {
    expect(errors({ ...valid, hearken: 2 })).toEqual(['hearken: must be 1 (the playbook format version)']);
    expect(errors({ ...valid, watch: {} })[0]).toMatch(/^watch: expected Array but got Object/);
    expect(errors([])).toEqual(['(top level): expected a JSON object (the playbook) but got a list']);
    const json = parsePlaybookJson('{ "hearken": 1, ');
    expect(json.ok).toBe(false);
    if (!json.ok) expect(json.errors[0]).toMatch(/^not valid JSON: /);
  });
});
