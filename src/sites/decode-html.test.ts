import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeHtml, servedCharset } from './decode-html';

const latin1 = (text: string): Uint8Array => Uint8Array.from([...text].map((ch) => ch.charCodeAt(0)));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeHtml: page bytes read by the charset the page declares', () => {
  it('reads an ISO-8859-1 forum page with its umlauts and the euro sign of windows-1252', () => {
    const bytes = latin1('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1" /></head><body>Grüße aus Köln, 5 \x80</body></html>');
    expect(declaredCharset(bytes)).toBe('iso-8859-1');
    expect(decodeHtml(bytes)).toContain('Grüße aus Köln, 5 €');
    expect(servedCharset(bytes)).toBe('windows-1252');
  });

  it('reads <meta charset> in any quoting, and windows-1251 Cyrillic', () => {
    const cp1251 = Uint8Array.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]); // "Привет"
    const head = latin1('<!doctype html><meta charset=windows-1251><p>');
    const bytes = new Uint8Array([...head, ...cp1251]);
    expect(decodeHtml(bytes)).toContain('<p>Привет');
  });

  it('reads UTF-8 pages, declared or not, and drops the byte order mark', () => {
    expect(decodeHtml(utf8('<meta charset="utf-8"><p>Hyvää päivää, ёлка'))).toContain('Hyvää päivää, ёлка');
    expect(decodeHtml(utf8('\uFEFF<p>Tack så mycket'))).toBe('<p>Tack så mycket');
    expect(servedCharset(utf8('<p>hej'))).toBe('utf-8');
  });

  it('falls back to windows-1252 when a page says UTF-8 (or nothing) but is not', () => {
    expect(decodeHtml(latin1('<meta charset="utf-8"><p>Tschüß'))).toContain('Tschüß');
    expect(decodeHtml(latin1('<p>Tschüß'))).toContain('Tschüß');
  });

  it('treats an unknown label as UTF-8', () => {
    expect(decodeHtml(utf8('<meta charset="x-made-up"><p>Åbo'))).toContain('Åbo');
  });
});
