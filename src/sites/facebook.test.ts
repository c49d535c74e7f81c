import { describe, expect, it } from 'vitest';
import { fixturesPresent } from '../testing/fixtures';
import { facebook } from './facebook';
import { fixtureContext, INTERFACE_WORDS, readAll } from './pages/read-page';

const FILE = 'facebook-htmldate-page-visitaustria.html';
const URL_ = 'https://www.facebook.com/visitaustria/';

describe('facebook adapter: urls', () => {
  it('owns facebook.com and its subdomains only', () => {
    expect(facebook.matchesUrl(new URL('https://www.facebook.com/visitaustria/'))).toBe(true);
    expect(facebook.matchesUrl(new URL('https://m.facebook.com/visitaustria/'))).toBe(true);
    expect(facebook.matchesUrl(new URL('https://notfacebook.com/'))).toBe(false);
  });
});

describe.skipIf(!fixturesPresent)('facebook adapter on the captured Visit Austria page (old markup, 2017)', () => {
  const ctx = fixtureContext(FILE, URL_);
  const posts = readAll(facebook, ctx);

  it('finds the two stories, not the many data-ft blocks', () => {
    expect(facebook.detect(ctx.document)).toBe(true);
    expect(ctx.document.querySelectorAll('[data-ft]').length).toBeGreaterThan(2);
    expect(posts).toHaveLength(facebook.selectors.post?.expect?.[FILE] ?? -1);
    expect(new Set(posts.map((p) => p.id)).size).toBe(2);
  });

  it('reads the first story as a person does', () => {
    expect(posts[0]).toMatchObject({
      id: '10155892671132033',
      kind: 'post',
      author: { name: 'Visit Austria', handle: 'visitaustria', url: 'https://www.facebook.com/visitaustria/' },
      time: '2017-10-08T09:12:00.000Z',
      permalink: 'https://www.facebook.com/visitaustria/posts/10155892671132033',
    });
    // The page's lang="de" is the visitor's interface language; this English post declares none.
    expect(posts[0]?.lang).toBeUndefined();
    expect(posts[0]?.text.startsWith('#WinterUnleashed welcomes Kitzbühel to the stage.')).toBe(true);
    expect(posts[0]?.text.endsWith('#feelaustria')).toBe(true);
  });

  it('reads authors, times and text without interface words', () => {
    for (const post of posts) {
      expect(post.author.name).toBe('Visit Austria');
      expect(post.time).toMatch(/^2017-10-0\dT/);
      expect(post.text.length).toBeGreaterThan(20);
      expect(post.text).not.toMatch(INTERFACE_WORDS);
      expect(post.text).not.toMatch(/Mehr ansehen|Gefällt mir|Kommentieren|Öffentlich/);
    }
  });
});
