import { describe, expect, it } from 'vitest';
import { fixturesPresent } from '../testing/fixtures';
import { xenforo } from './xenforo';
import { fixtureContext, INTERFACE_WORDS, readAll } from './pages/read-page';

const FILE = 'forum-xenforo-katzenforum-thread.html';
const URL_ = 'https://www.katzen-forum.net/threads/jede-nacht-verliert-pepe-soviel-dreck-aus-dem-fell.230143/';

describe('xenforo adapter: recognised by markup, not by domain', () => {
  it('owns no url', () => {
    expect(xenforo.matchesUrl(new URL(URL_))).toBe(false);
  });
});

describe.skipIf(!fixturesPresent)('xenforo adapter on the captured katzen-forum thread (XenForo 2)', () => {
  const ctx = fixtureContext(FILE, URL_);
  const posts = readAll(xenforo, ctx);

  it('detects XenForo and finds every post once', () => {
    expect(xenforo.detect(ctx.document)).toBe(true);
    expect(xenforo.expectsPosts(ctx.url, ctx.document)).toBe(true);
    expect(posts).toHaveLength(xenforo.selectors.post?.expect?.[FILE] ?? -1);
    expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
  });

  it('reads the opening post', () => {
    expect(posts[0]).toMatchObject({
      id: '6331411',
      kind: 'post',
      author: { name: 'Pepemaus', handle: 'Pepemaus', url: 'https://www.katzen-forum.net/members/pepemaus.81656/' },
      time: '2018-09-27T12:51:09.000Z',
      permalink: 'https://www.katzen-forum.net/threads/jede-nacht-verliert-pepe-soviel-dreck-aus-dem-fell.230143/post-6331411',
      lang: 'de-DE',
    });
    expect(posts[0]?.text.startsWith('Hallo,\nPepe schläft nachts mit mir im Schlafzimmer')).toBe(true);
    expect(posts[0]?.text.endsWith('Bezw. die Schlaf -und Ruheplätze?')).toBe(true);
  });

  it('reads replies answering the opening post, with authors, times and clean text', () => {
    for (const post of posts.slice(1)) {
      expect(post.kind).toBe('reply');
      expect(post.parent).toBe('6331411');
      expect(post.author.name).not.toBe('');
      expect(post.time).toMatch(/^20(18|19)-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/);
      expect(post.text).not.toBe('');
      expect(post.text).not.toMatch(INTERFACE_WORDS);
      expect(post.text).not.toMatch(/Zum Vergrößern anklicken/);
    }
  });

  it('leaves the quoted post out of a reply: the quoted words are not the replier\'s', () => {
    const quoting = posts.find((p) => p.text.includes('Dann hat er wohl keine Milben'));
    expect(quoting?.author.name).toBe('yellowkitty');
    expect(quoting?.text.startsWith('Dann hat er wohl keine Milben')).toBe(true);
    expect(quoting?.text).not.toMatch(/Pepemaus hat gesagt|die Ohren sind total sauber|Zum Vergrößern/);
    expect(quoting?.text).toContain('nicht gleich dran denkt :)');
  });

  it('reaches the quick reply editor and a per-post reply link, never a send button', () => {
    const target = xenforo.replyTarget?.(xenforo.findPosts(ctx.document, ctx)[1] as Element);
    expect(target?.box?.tagName).toBe('TEXTAREA');
    expect(target?.box?.closest('form')).not.toBeNull();
    expect(target?.opener === null || target?.opener?.tagName === 'A').toBe(true);
  });
});
