import { describe, expect, it } from 'vitest';
import { readableText } from './dom';
import { parseDocument } from './parse-html';

function body(html: string): Element {
  return parseDocument(`<!DOCTYPE html><html><body><div id="t">${html}</div></body></html>`).getElementById('t') as Element;
}

describe('readableText', () => {
  it('keeps a mention X wraps in an inline div on the same line when told the text is inline', () => {
    const el = body(
      '<span>Quick question for </span><div class="r-xoduu5"><span><a href="/acmecorp">@acmecorp</a></span></div><span>: does it sync?</span>',
    );
    expect(readableText(el, { preserveBreaks: true, inlineOnly: true })).toBe('Quick question for @acmecorp: does it sync?');
    // Without the option a div is a block, as on most sites.
    expect(readableText(el)).toBe('Quick question for\n@acmecorp\n: does it sync?');
  });

  it('still breaks lines at <br> and at the author\'s own line breaks in inline text', () => {
    const el = body('<span>Первая строка\nвторая</span><div><a href="/x">@acme</a></div><br><span>Kolmas rivi</span>');
    expect(readableText(el, { preserveBreaks: true, inlineOnly: true })).toBe('Первая строка\nвторая@acme\nKolmas rivi');
  });

  it('keeps emoji alts, short or written as :name:, and drops ordinary image alts', () => {
    const el = body(
      '<p>Fungerar inte alls <img class="emoji" alt=":thinking:" title=":thinking:" src="/e.png"> ' +
        '<img alt="😩" src="/x.svg"> <img class="smilie" alt=":rolleyes:" src="/s.gif"> ' +
        '<img alt="Skärmbild av inställningarna" src="/shot.png"> <img alt="Profile photo of Jonas" src="/a.jpg"></p>',
    );
    expect(readableText(el)).toBe('Fungerar inte alls :thinking: 😩 :rolleyes:');
  });
});
