import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '../../core/playbook';
import demo from '../../core/demo-playbook.json';
import { fieldOf, fromForm, toForm, validateForm } from './playbook-form';

function demoForm() {
  const parsed = parsePlaybook(structuredClone(demo));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return { playbook: parsed.playbook, form: toForm(parsed.playbook) };
}

describe('playbook form', () => {
  it('round-trips a playbook through the form unchanged', () => {
    const { playbook, form } = demoForm();
    const result = validateForm(form);
    expect(result.ok && result.playbook).toEqual(playbook);
  });

  it('reads lists one per line and language codes separated by commas or spaces', () => {
    const { form } = demoForm();
    form.watch[0]!.terms = '  Acme \n\n@acmecorp\nAcmen';
    form.watch[0]!.langs = 'fi, sv ru';
    form.watch[0]!.exclude = '';
    const item = (fromForm(form).watch as Record<string, unknown>[])[0]!;
    expect(item.terms).toEqual(['Acme', '@acmecorp', 'Acmen']);
    expect(item.langs).toEqual(['fi', 'sv', 'ru']);
    expect(item).not.toHaveProperty('exclude');
  });

  it('groups errors by the field the person typed in, with the line of a list entry', () => {
    const { form } = demoForm();
    form.persona.organization = 'Acme';
    form.watch[1]!.label = '   ';
    form.watch[2]!.terms = 'Globex\n—';
    form.watch[3]!.query = 'notes AND (';
    form.watch[0]!.langs = 'english';
    const result = validateForm(form);
    expect(result.ok).toBe(false);
    expect([...result.errors.keys()].sort()).toEqual(['watch.0.langs', 'watch.1.label', 'watch.2.terms', 'watch.3.query']);
    expect(result.errors.get('watch.1.label')).toEqual([{ message: 'must not be empty', issue: expect.objectContaining({ code: 'empty' }) }]);
    expect(result.errors.get('watch.2.terms')).toEqual([{ message: 'must contain a letter or digit', issue: expect.objectContaining({ code: 'no-letter' }), line: 2 }]);
    expect(result.errors.get('watch.3.query')?.[0]?.message).toMatch(/^is not a valid query: /);
  });

  it('names the field of nested paths', () => {
    expect(fieldOf('watch.2.terms.4')).toBe('watch.2.terms');
    expect(fieldOf('templates.0.intent.1')).toBe('templates.0.intent');
    expect(fieldOf('persona.disclosure')).toBe('persona.disclosure');
    expect(fieldOf('name')).toBe('name');
  });
});
