import { describe, expect, it } from 'vitest';
import { declaredUrl, scanPage } from './page-scan';
import { parseDocument } from './parse-html';

function ctx(html: string, url: string) {
  return { url: new URL(url), document: parseDocument(html), parseHtml: parseDocument };
}

const oldThing = (id: string, author: string | null, text: string) =>
  `<div class="thing comment" data-fullname="t1_${id}" ${author === null ? '' : `data-author="${author}"`} data-permalink="/r/suomi/comments/abc/x/${id}/">` +
  `<div class="entry"><div class="usertext-body"><div class="md"><p>${text}</p></div></div></div></div>`;

describe('scanPage health', () => {
  it('is healthy when posts have authors and text', () => {
    const html = `<html><body>${oldThing('a1', 'mattivirtanen', 'Onko kellään kokemusta tästä palvelusta?')}${oldThing('a2', 'kaisa_k', 'Toimii meillä hyvin.')}</body></html>`;
    const scan = scanPage(ctx(html, 'https://old.reddit.com/r/suomi/comments/abc/x/'));
    expect(scan.site).toBe('reddit');
    expect(scan.health).toEqual({ ok: true, found: 2, problems: [] });
  });

  it('reports a Reddit page whose comments lost their authors', () => {
    const html = `<html><body>${oldThing('b1', null, 'Har någon provat det här?')}${oldThing('b2', null, 'Ja, funkar fint.')}${oldThing('b3', 'erik', 'Nej.')}</body></html>`;
    const scan = scanPage(ctx(html, 'https://old.reddit.com/r/sweden/comments/abc/x/'));
    expect(scan.health.ok).toBe(false);
    expect(scan.health.problems).toEqual([
      'Hearken could not tell who wrote most posts on this Reddit page; the site may have changed — report it.',
    ]);
  });

  it('reports an X page with no tweets in plain words', () => {
    const scan = scanPage(ctx('<html><body><main></main></body></html>', 'https://x.com/acmecorp/status/1'));
    expect(scan).toMatchObject({ site: 'x', items: [], health: { ok: false, found: 0 } });
    expect(scan.health.problems).toEqual(['Hearken found no posts on this X page; the site may have changed — report it.']);
  });

  it('does not complain about pages that have no posts by design', () => {
    const scan = scanPage(ctx('<html><body></body></html>', 'https://x.com/settings/account'));
    expect(scan.health).toEqual({ ok: true, found: 0, problems: [] });
  });
});

describe('declaredUrl', () => {
  it('prefers the more specific of canonical and og:url', () => {
    const doc = parseDocument(
      '<html><head><link rel="canonical" href="https://twitter.com/home"><meta property="og:url" content="https://twitter.com/a/status/1"></head><body></body></html>',
    );
    expect(declaredUrl(doc)?.href).toBe('https://twitter.com/a/status/1');
    expect(declaredUrl(parseDocument('<html><body></body></html>'))).toBeNull();
  });
});
