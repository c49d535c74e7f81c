import { describe, expect, it } from 'vitest';
import demoPlaybook from './demo-playbook.json';
import { parsePlaybook, parsePlaybookJson } from './playbook';
import { parseScenarioPack } from './practice/scenario-pack';
import { BUNDLED_PACK_FILES } from './practice/bundled';

type LoosePlaybook = { [key: string]: unknown; watch: Record<string, unknown>[]; persona: Record<string, unknown> };
type LoosePack = { scenarios: (Record<string, unknown> & { posts: unknown[] })[] };

function playbookWith(change: (p: LoosePlaybook) => void) {
  const copy = structuredClone(demoPlaybook) as unknown as LoosePlaybook;
  change(copy);
  return parsePlaybook(copy);
}

describe('playbook problems come back as data, with the English line kept for the CLI', () => {
  it('names each problem by a code, with its details', () => {
    const r = playbookWith((p) => {
      p.watch[0]!.label = '   ';
      p.watch[0]!.kind = 'company';
      p.watch[1]!.terms = [];
      p.watch[2]!.terms = ['Глобекс', '—'];
      p.watch[2]!.query = 'Глобекс AND (отзывы';
      p.watch[3]!.langs = ['svenska'];
      p.persona.mood = 'glad';
      delete p.name;
      p.templates = [{ id: 'kiitos', intent: ['praise'], lang: 'fi', title: 'Kiitos', text: 5 }];
    });
    if (r.ok) throw new Error('expected problems');
    const byPath = Object.fromEntries(r.issues.map((issue) => [issue.path, issue]));
    expect(byPath['watch.0.label']).toMatchObject({ code: 'empty', message: 'must not be empty' });
    expect(byPath['watch.0.kind']).toMatchObject({ code: 'one-of', choices: 'brand, product, competitor, person, topic' });
    expect(byPath['watch.1.terms']).toMatchObject({ code: 'no-terms' });
    expect(byPath['watch.2.terms.1']).toMatchObject({ code: 'no-letter' });
    expect(byPath['watch.2.query']).toMatchObject({ code: 'query', query: { code: 'expected', expected: 'close', openedAt: 13, position: 20 } });
    expect(byPath['watch.3.langs.0']).toMatchObject({ code: 'lang-code' });
    expect(byPath['persona.mood']).toMatchObject({ code: 'unknown-field', message: 'is not a known field' });
    expect(byPath['name']).toMatchObject({ code: 'missing', message: 'is required but missing' });
    expect(byPath['templates.0.text']).toMatchObject({ code: 'not-text' });
    expect(r.errors).toEqual(r.issues.map((issue) => `${issue.path}: ${issue.message}`));
    expect(r.errors).toContain('watch.0.kind: must be one of brand, product, competitor, person, topic');
  });

  it('says what the file was instead of a playbook, and where JSON broke', () => {
    const list = parsePlaybook([]);
    expect(list.ok || list.issues).toEqual([
      { code: 'not-object', got: 'list', what: 'playbook', path: '(top level)', message: 'expected a JSON object (the playbook) but got a list' },
    ]);
    const broken = parsePlaybookJson('{"hearken": 1, "name": ');
    expect(broken.ok || broken.issues[0]).toMatchObject({ code: 'not-json', path: '(top level)' });
    const version = playbookWith((p) => {
      p.hearken = 2;
    });
    expect(version.ok || version.issues[0]).toMatchObject({ code: 'version', path: 'hearken' });
  });
});

describe('scenario pack problems come back as data', () => {
  const pack = () => structuredClone(BUNDLED_PACK_FILES[2]) as LoosePack;

  it('codes the pack-specific checks', () => {
    const p = pack();
    p.scenarios[0]!.id = 'Valitus X:ssä';
    p.scenarios[0]!.focus = 99;
    p.scenarios[1]!.reply = 'kyllä';
    p.scenarios[2]!.lang = 'de';
    const r = parseScenarioPack(p);
    if (r.ok) throw new Error('expected problems');
    const byPath = Object.fromEntries(r.issues.map((issue) => [issue.path, issue]));
    expect(byPath['scenarios.0.id']).toMatchObject({ code: 'id-format' });
    expect(byPath['scenarios.1.reply']).toMatchObject({ code: 'true-false' });
    expect(byPath['scenarios.2.lang']).toMatchObject({ code: 'one-of', choices: 'en, ru, fi, sv' });
  });

  it('codes a focus outside the thread and a repeated id', () => {
    const p = pack();
    p.scenarios[0]!.focus = p.scenarios[0]!.posts.length;
    const focus = parseScenarioPack(p);
    expect(focus.ok || focus.issues).toEqual([expect.objectContaining({ code: 'focus-range', path: 'scenarios.0.focus' })]);
    const twice = pack();
    twice.scenarios[1]!.id = twice.scenarios[0]!.id;
    const dup = parseScenarioPack(twice);
    expect(dup.ok || dup.issues).toEqual([
      { code: 'duplicate-id', id: twice.scenarios[0]!.id, path: 'scenarios', message: `the id "${twice.scenarios[0]!.id}" is used more than once` },
    ]);
  });
});
