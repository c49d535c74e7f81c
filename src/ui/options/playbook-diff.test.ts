import { describe, expect, it } from 'vitest';
import { parsePlaybook, type Playbook } from '../../core/playbook';
import demo from '../../core/demo-playbook.json';
import { diffPlaybooks } from './playbook-diff';

function demoPlaybook(): Playbook {
  const parsed = parsePlaybook(structuredClone(demo));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.playbook;
}

describe('diffPlaybooks', () => {
  it('finds nothing between a playbook and itself', () => {
    expect(diffPlaybooks(demoPlaybook(), demoPlaybook())).toEqual([]);
  });

  it('lists every kind of change an import can make', () => {
    const before = demoPlaybook();
    const after = demoPlaybook();
    after.name = 'Acme Nordic team';
    after.persona.disclosure = 'Jobbar på Acme.';
    after.watch = after.watch.filter((item) => item.label !== 'Globex');
    after.watch[0] = { ...after.watch[0]!, terms: [...after.watch[0]!.terms, 'Acme Oy'] };
    after.watch.push({ label: 'Initech', kind: 'competitor', terms: ['Initech'] });
    after.templates = [{ id: 'sv-thanks', intent: ['praise'], lang: 'sv', title: 'Tack', text: 'Tack {author}!' }];
    after.sites = { reddit: false };
    expect(diffPlaybooks(before, after)).toEqual([
      { area: 'name', before: 'Acme community team (demo)', after: 'Acme Nordic team' },
      { area: 'persona', field: 'disclosure', before: 'I work at Acme.', after: 'Jobbar på Acme.' },
      { area: 'watch', change: 'changed', label: 'Acme', fields: ['terms'] },
      { area: 'watch', change: 'added', label: 'Initech' },
      { area: 'watch', change: 'removed', label: 'Globex' },
      { area: 'template', change: 'added', id: 'sv-thanks' },
      { area: 'site', site: 'reddit', before: true, after: false },
    ]);
  });

  it('treats a site set to true like a site left out (both are on)', () => {
    const before = demoPlaybook();
    const after = demoPlaybook();
    after.sites = { x: true };
    expect(diffPlaybooks(before, after)).toEqual([]);
  });
});
