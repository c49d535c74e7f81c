import { describe, expect, it } from 'vitest';
import { check } from './check';
import type { CliIO } from './io';

function fakeIO(files: Record<string, string>, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    readFile: async (path) => {
      if (!(path in files)) throw new Error(`ENOENT: no such file '${path}'`);
      return Buffer.from(files[path]!, 'utf8');
    },
    readStdin: async () => Buffer.from(stdin, 'utf8'),
  };
  return { io, out, err };
}

describe('hearken check', () => {
  it('prints one JSON object with ok, score, length and findings', async () => {
    const { io, out, err } = fakeIO({ 'draft.txt': 'Acme Notes is the best, buy now!', 'post.txt': 'Anyone know a good recipe app?' });
    expect(await check(['--platform', 'x', '--post', 'post.txt', 'draft.txt'], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out).toHaveLength(1);
    const result = JSON.parse(out[0]!);
    expect(Object.keys(result)).toEqual(['ok', 'score', 'length', 'findings']);
    expect(result.ok).toBe(false);
    expect(result.length).toEqual({ count: 32, limit: 280 });
    const rules = result.findings.map((f: { rule: string }) => f.rule);
    expect(rules).toContain('hard-sell');
    expect(rules).toContain('missing-disclosure');
    for (const f of result.findings) expect(Object.keys(f)).toEqual(['rule', 'severity', 'message', 'start', 'end']);
  });

  it('reads the draft from stdin with - and passes a good reply cleanly', async () => {
    const { io, out } = fakeIO({ 'post.txt': 'Hur exporterar jag anteckningar till PDF?' }, 'Öppna anteckningen och välj Arkiv → Exportera → PDF.');
    expect(await check(['--platform=linkedin', '--post', 'post.txt', '-'], io)).toBe(0);
    expect(JSON.parse(out[0]!)).toEqual({ ok: true, score: 100, length: { count: 52, limit: 1250 }, findings: [] });
  });

  it('takes affiliation and disclosure from the playbook persona', async () => {
    const playbook = JSON.stringify({
      hearken: 1, name: 'Indie', persona: { name: 'Kim', role: 'fan', organization: 'Acme', affiliated: false, disclosure: '' }, watch: [],
    });
    const { io, out } = fakeIO({ 'p.json': playbook, 'd.txt': 'Acme is brilliant for this, try it.' });
    expect(await check(['--platform', 'forum', '--playbook', 'p.json', 'd.txt'], io)).toBe(0);
    expect(JSON.parse(out[0]!).findings.map((f: { rule: string }) => f.rule)).not.toContain('missing-disclosure');
  });

  it.each([
    [['d.txt'], /--platform is required/],
    [['--platform', 'myspace', 'd.txt'], /must be one of/],
    [['--platform', 'x', '--frobnicate', 'd.txt'], /unknown option/],
    [['--platform', 'x', 'missing.txt'], /cannot read draft/],
    [['--platform', 'x', '--playbook', 'bad.json', 'd.txt'], /bad playbook/],
    [['--platform', 'x'], /one draft file/],
  ])('exits 2 with one line on stderr for %j', async (argv, pattern) => {
    const { io, out, err } = fakeIO({ 'd.txt': 'hello', 'bad.json': '{"hearken": 2}' });
    expect(await check(argv, io)).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(pattern);
  });
});
