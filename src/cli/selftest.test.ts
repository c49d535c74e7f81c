import { describe, expect, it } from 'vitest';
import type { CliIO } from './io';
import { checkPage, formatTable, selftest } from './selftest';
import { main } from './main';

const enc = (html: string) => new TextEncoder().encode(html);

describe('hearken selftest', () => {
  it('checks one page against the count its adapter expects and reports health', () => {
    const row = checkPage('x-basilbenny-profile-2025.html', enc('<!DOCTYPE html><html><body><main>Nothing here</main></body></html>'), 'https://x.com/basilbenny');
    expect(row).toMatchObject({ site: 'x', found: 0, expected: 2, ok: false });
    expect(row.health).toMatch(/found no posts on this X page; the site may have changed/);
    const free = checkPage('blog.html', enc('<!DOCTYPE html><html><body><p>Hej</p></body></html>'));
    expect(free).toMatchObject({ site: 'unknown', expected: null, ok: true });
  });

  it('prints an aligned table and marks failures', () => {
    const lines = formatTable([
      { file: 'a.html', site: 'x', found: 2, expected: 2, health: 'ok', ok: true },
      { file: 'longer-name.html', site: 'reddit', found: 0, expected: 3, health: 'no posts', ok: false },
    ]);
    expect(lines[0]).toMatch(/^file\s+site\s+found\s+expected\s+health$/);
    expect(lines[3]).toContain('FAIL: no posts');
  });

  it('runs over the project-written pages and exits 0 when every count holds', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIO = { stdout: (l) => out.push(l), stderr: (l) => err.push(l), readFile: async () => Buffer.from(''), readStdin: async () => Buffer.from('') };
    const code = await selftest(['--fixtures', '/nonexistent/hearken-fixtures'], io);
    expect(err[0]).toMatch(/no captured pages/);
    expect(out.some((l) => /e2e\/pages\/x-timeline\.html\s+x\s+16\s+16\s+ok/.test(l))).toBe(true);
    expect(out.some((l) => /mastodon-status-thread\.html\s+mastodon\s+4\s+4/.test(l))).toBe(true);
    expect(code).toBe(0);
    expect(await main(['selftest', '--colour'], io)).toBe(2);
  }, 60_000);
});
