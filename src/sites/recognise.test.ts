import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { RECOGNISERS, recognise } from './recognise';
import { ADAPTERS } from './registry';

const page = (html: string): Document => parseHTML(`<!doctype html>${html}`).document as unknown as Document;

describe('site recognisers', () => {
  it('cover every adapter, in the same order, with the same matching functions', () => {
    expect(RECOGNISERS.map((r) => r.id)).toEqual(ADAPTERS.map((a) => a.id));
    RECOGNISERS.forEach((r, i) => {
      expect(ADAPTERS[i]?.matchesUrl).toBe(r.matchesUrl);
      expect(ADAPTERS[i]?.detect).toBe(r.detect);
    });
  });

  it('pick a site by host before markup', () => {
    const tweetMarkup = page('<html><body><article data-testid="tweet"></article></body></html>');
    expect(recognise(new URL('https://www.linkedin.com/feed/'), tweetMarkup)).toBe('linkedin');
    expect(recognise(new URL('https://mobile.twitter.com/home'), page('<html><body></body></html>'))).toBe('x');
    expect(recognise(new URL('https://ru.stackoverflow.com/questions/1'), page('<html><body></body></html>'))).toBe('stackexchange');
    expect(recognise(new URL('https://saved.example/'), tweetMarkup)).toBe('x');
  });

  it('recognise forums by markup on any domain, Forumotion before phpBB', () => {
    expect(recognise(new URL('https://bittinurkka.example/threads/x.1/'), page('<html id="XF"><body></body></html>'))).toBe('xenforo');
    const forumotion = page('<html><head><script src="https://illiweb.com/rs3/lang/fr.js"></script></head><body class="section-viewtopic"><div class="post" id="p12"><div class="postbody"></div></div><a href="viewtopic.php?t=1">t</a></body></html>');
    expect(recognise(new URL('https://kerho.forumotion.example/t1-aihe'), forumotion)).toBe('forumotion');
    expect(recognise(new URL('https://example.org/'), page('<html><body><p>Hei</p></body></html>'))).toBeNull();
  });
});
