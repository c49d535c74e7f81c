import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, fixturesPresent } from '../testing/fixtures';
import type { CliIO } from './io';
import { parseScanArgs, scan, type ScanLine } from './scan';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** An in-memory IO: named files, with everything else read from disk. */
function memoryIO(files: Record<string, string | Uint8Array>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    readFile: async (path) => {
      const content = files[path];
      if (content === undefined) return readFile(path);
      return Buffer.from(content);
    },
    readStdin: async () => Buffer.from(''),
  };
  return { io, out, err, lines: () => out.map((line) => JSON.parse(line) as ScanLine) };
}

describe('hearken scan arguments', () => {
  it('takes --playbook and --url in both spellings, and files in order', () => {
    const parsed = parseScanArgs(['--url=https://old.reddit.com/r/x/', 'a.html', '--playbook', 'p.json', 'b.txt']);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.options.files).toEqual(['a.html', 'b.txt']);
    expect(parsed.options.playbookFile).toBe('p.json');
    expect(parsed.options.url?.hostname).toBe('old.reddit.com');
  });

  it('refuses unknown flags, missing values, bad URLs and no files', () => {
    expect(parseScanArgs(['--fast', 'a.html']).ok).toBe(false);
    expect(parseScanArgs(['a.html', '--url']).ok).toBe(false);
    expect(parseScanArgs(['--url', 'reddit', 'a.html']).ok).toBe(false);
    expect(parseScanArgs([]).ok).toBe(false);
  });
});

describe('hearken scan', () => {
  it('reads a text file as one item whose text is unchanged, in any of our languages', async () => {
    const texts = {
      'en.txt': 'Does anyone know if Acme Notes syncs offline? Mine lost two days of notes :(\n',
      'ru.txt': 'Подскажите, кто пользуется Акме: заметки вообще синхронизируются без интернета?',
      'fi.txt': 'Onko kellään kokemusta Acme Notesista? Synkronointi jumittaa taas, ärsyttää.',
      'sv.txt': 'Har någon fått Acme Notes att synka på mobilen? Min app hänger sig hela tiden.',
    };
    const mem = memoryIO(texts);
    expect(await scan(Object.keys(texts), mem.io)).toBe(0);
    const lines = mem.lines();
    expect(lines).toHaveLength(4);
    for (const [index, [file, text]] of Object.entries(texts).entries()) {
      const line = lines[index] as ScanLine;
      expect(line).toMatchObject({ file, url: null, site: 'text', health: { ok: true, found: 1, problems: [] } });
      expect(line.items).toHaveLength(1);
      const item = line.items[0];
      expect(item?.text).toBe(text);
      expect(Object.keys(item ?? {}).sort()).toEqual(
        ['author', 'id', 'intent', 'kind', 'lang', 'matches', 'parent', 'permalink', 'sentiment', 'text', 'time'].sort(),
      );
    }
    expect(lines[0]?.items[0]?.matches).not.toEqual([]);
  });

  it('gives zero items and a plain problem for empty, blank, binary and cut-off files, with exit 0', async () => {
    const mem = memoryIO({
      'empty.txt': '',
      'blank.txt': '  \n\t\n',
      'photo.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]),
      'cut.html': '<!DOCTYPE html><html><body><article data-testid="tweet"><div data-testid="tweetText" lang="en">Half a twe',
    });
    expect(await scan(['empty.txt', 'blank.txt', 'photo.jpg', 'cut.html'], mem.io)).toBe(0);
    const lines = mem.lines();
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      expect(line.items).toEqual([]);
      expect(line.health.ok).toBe(false);
      expect(line.health.problems).toHaveLength(1);
    }
    expect(lines[2]?.health.problems[0]).toMatch(/binary/);
    expect(lines[3]?.health.problems[0]).toMatch(/cut off/);
    expect(mem.err).toEqual([]);
  });

  it('says so when a page belongs to no site it knows', async () => {
    const mem = memoryIO({ 'blog.html': '<!DOCTYPE html><html><body><h1>My garden</h1><p>Tomatoes again.</p></body></html>' });
    expect(await scan(['blog.html'], mem.io)).toBe(0);
    expect(mem.lines()[0]).toMatchObject({ site: 'unknown', items: [], health: { ok: false, found: 0 } });
  });

  it('says the site may have changed when an X page has no tweets left', async () => {
    const mem = memoryIO({ 'x.html': '<!DOCTYPE html><html><body><main><div>Something new</div></main></body></html>' });
    expect(await scan(['--url', 'https://x.com/acmecorp', 'x.html'], mem.io)).toBe(0);
    const line = mem.lines()[0];
    expect(line).toMatchObject({ site: 'x', url: 'https://x.com/acmecorp', items: [], health: { ok: false, found: 0 } });
    expect(line?.health.problems[0]).toMatch(/found no posts on this X page; the site may have changed/);
  });

  it('reads an ISO-8859-1 forum page by the charset it declares, umlauts intact', async () => {
    const page =
      '<!DOCTYPE html><html id="XF" data-template="thread_view"><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1" /></head><body>' +
      '<article class="message message--post" data-author="Jörg" data-content="post-77"><div class="message-body"><div class="bbWrapper">Grüße aus Köln! Läuft Acme Notes bei euch auch so zäh?</div></div></article></body></html>';
    const bytes = Uint8Array.from([...page].map((ch) => ch.charCodeAt(0)));
    const mem = memoryIO({ 'thread.html': bytes });
    expect(await scan(['--url', 'https://forum.example.de/threads/acme.12/', 'thread.html'], mem.io)).toBe(0);
    const line = mem.lines()[0];
    expect(line?.site).toBe('xenforo');
    expect(line?.items[0]?.text).toBe('Grüße aus Köln! Läuft Acme Notes bei euch auch so zäh?');
    expect(line?.items[0]?.author.name).toBe('Jörg');
  });

  it('still refuses a text file that is not UTF-8', async () => {
    const mem = memoryIO({ 'note.txt': Uint8Array.from([0x47, 0x72, 0xfc, 0xdf, 0x65]) });
    expect(await scan(['note.txt'], mem.io)).toBe(0);
    expect(mem.lines()[0]?.health.problems[0]).toMatch(/not UTF-8/);
  });

  it('exits 2 with one stderr line for an unreadable file, after scanning the readable ones', async () => {
    const mem = memoryIO({ 'ok.txt': 'Acme support answered within an hour, impressed.' });
    expect(await scan(['ok.txt', '/nonexistent/hearken/missing.html'], mem.io)).toBe(2);
    expect(mem.out).toHaveLength(1);
    expect(mem.err).toHaveLength(1);
    expect(mem.err[0]).toMatch(/cannot read \/nonexistent\/hearken\/missing\.html/);
  });

  it('exits 2 with one stderr line for a bad flag or a bad playbook, and prints nothing', async () => {
    const flag = memoryIO({});
    expect(await scan(['--colour', 'a.txt'], flag.io)).toBe(2);
    expect(flag.err).toHaveLength(1);
    expect(flag.out).toEqual([]);

    const bad = memoryIO({ 'p.json': JSON.stringify({ hearken: 1, name: '', persona: {}, watch: [] }), 'a.txt': 'hello' });
    expect(await scan(['--playbook', 'p.json', 'a.txt'], bad.io)).toBe(2);
    expect(bad.err).toHaveLength(1);
    expect(bad.err[0]).toMatch(/playbook p\.json is not valid/);
    expect(bad.out).toEqual([]);
  });

  it('uses the given playbook for matches', async () => {
    const playbook = {
      hearken: 1,
      name: 'Globex team',
      persona: { name: 'Ada', role: 'Support', organization: 'Globex', affiliated: true, disclosure: 'I work at Globex.' },
      watch: [{ label: 'Globex', kind: 'brand', terms: ['Globex'] }],
    };
    const mem = memoryIO({ 'p.json': JSON.stringify(playbook), 'a.txt': 'Switched from Acme to Globex last month, no regrets.' });
    expect(await scan(['--playbook', 'p.json', 'a.txt'], mem.io)).toBe(0);
    const labels = (mem.lines()[0]?.items[0]?.matches as { label: string }[]).map((m) => m.label);
    expect(labels).toEqual(['Globex']);
  });

  describe.skipIf(!fixturesPresent)('on captured pages', () => {
    it('finds the 5 home-timeline tweets of the selectron capture, with ids, authors and times', async () => {
      const file = join(FIXTURES_DIR, 'x-selectron-home-articles-2025.html');
      const mem = memoryIO({});
      expect(await scan(['--url', 'https://x.com/home', file], mem.io)).toBe(0);
      const line = mem.lines()[0] as ScanLine;
      expect(line).toMatchObject({ url: 'https://x.com/home', site: 'x', health: { ok: true, found: 5, problems: [] } });
      expect(line.items.map((i) => i.id)).toEqual([
        '1918760851957321857',
        '1918706715496788211',
        '1918592650820874371',
        '1918694891455943115',
        '1918333258909000088',
      ]);
      expect(line.items[2]?.author).toEqual({ name: 'Theo - t3.gg', handle: 'theo', url: 'https://x.com/theo' });
      // The tweet Theo quotes belongs to his post and is not an item of its own.
      expect(line.items[2]?.text).toBe('Why is every AI video editor made by someone who doesn’t seem to get video editing?');
      expect(line.items[2]?.time).toBe('2025-05-03T09:05:08.000Z');
      expect(line.items[2]?.permalink).toBe('https://x.com/theo/status/1918592650820874371');
    });

    it('takes the page address from og:url when no --url is given', async () => {
      const file = join(FIXTURES_DIR, 'x-metascraper-tweet-detail-2022.html');
      const mem = memoryIO({});
      expect(await scan([file], mem.io)).toBe(0);
      const line = mem.lines()[0] as ScanLine;
      expect(line.url).toBe('https://twitter.com/realDonaldTrump/status/1222907250383245320');
      expect(line.items).toHaveLength(7);
      expect(line.items[1]).toMatchObject({ kind: 'reply', parent: '1222907250383245320' });
    });

    it('reads the ISO-8859-1 vBulletin capture without replacement characters', async () => {
      const mem = memoryIO({});
      expect(await scan([join(FIXTURES_DIR, 'forum-vbulletin-pocketpc-thread.html')], mem.io)).toBe(0);
      const line = mem.lines()[0] as ScanLine;
      expect(line.site).toBe('vbulletin');
      const text = line.items.map((item) => item.text).join('\n');
      expect(text).toMatch(/[äöüß]/);
      expect(text).not.toContain('\ufffd');
    });
  });
});
