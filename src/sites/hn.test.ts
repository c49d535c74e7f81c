import { describe, expect, it } from 'vitest';
import { fixturesPresent } from '../testing/fixtures';
import { hn } from './hn';
import { fixtureContext, INTERFACE_WORDS, pageContext, readAll } from './pages/read-page';

const FIXTURE = 'hn-defuddlers-item-pkl-2024.html';

describe('hn adapter: urls and markup', () => {
  it('owns news.ycombinator.com only', () => {
    expect(hn.matchesUrl(new URL('https://news.ycombinator.com/item?id=1'))).toBe(true);
    expect(hn.matchesUrl(new URL('https://ycombinator.com/'))).toBe(false);
    expect(hn.matchesUrl(new URL('https://example.com/news'))).toBe(false);
  });
  it('expects posts on items and listings, not on the login page', () => {
    const doc = pageContext('hn-2018-item.html', 'https://news.ycombinator.com/item?id=17214445').document;
    expect(hn.expectsPosts(new URL('https://news.ycombinator.com/item?id=1'), doc)).toBe(true);
    expect(hn.expectsPosts(new URL('https://news.ycombinator.com/'), doc)).toBe(true);
    expect(hn.expectsPosts(new URL('https://news.ycombinator.com/login'), doc)).toBe(false);
  });
});

describe.skipIf(!fixturesPresent)('hn adapter on the captured Pkl item page (2024 markup)', () => {
  const ctx = fixtureContext(FIXTURE, 'https://news.ycombinator.com/item?id=39232976');
  const posts = readAll(hn, ctx);

  it('finds the story and all 566 comments, collapsed ones included', () => {
    expect(hn.findPosts(ctx.document, ctx)).toHaveLength(hn.selectors.post?.expect?.[FIXTURE] ?? -1);
    expect(posts).toHaveLength(567);
    expect(posts.filter((p) => p.kind === 'comment')).toHaveLength(hn.selectors.comment?.expect?.[FIXTURE] ?? -1);
    expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
  });

  it('reads the story', () => {
    const story = posts[0];
    expect(story).toMatchObject({
      id: '39232976',
      kind: 'post',
      author: { name: 'bioballer', handle: 'bioballer', url: 'https://news.ycombinator.com/user?id=bioballer' },
      text: 'Pkl, a Programming Language for Configuration',
      time: '2024-02-02T19:22:59.000Z',
      permalink: 'https://news.ycombinator.com/item?id=39232976',
    });
    expect(story?.parent).toBeUndefined();
  });

  it('reads comments with authors, times and text free of interface words', () => {
    for (const post of posts.slice(1)) {
      expect(post.kind).toBe('comment');
      expect(post.author.name).not.toBe('');
      // Comments of a thread merged into this one may be older than the story.
      expect(post.time).toMatch(/^2024-0[12]-\d\dT\d\d:\d\d:\d\d\.000Z$/);
      expect(post.text).not.toBe('');
      expect(post.text).not.toMatch(INTERFACE_WORDS);
      expect(post.text).not.toMatch(/\bon Feb 3, 2024\b|\[\d+ more\]/);
    }
    expect(posts[1]).toMatchObject({
      id: '39242012',
      author: { name: 'dang' },
      time: '2024-02-03T16:43:55.000Z',
      parent: '39232976',
      permalink: 'https://news.ycombinator.com/item?id=39242012',
    });
    expect(posts[1]?.text).toBe(
      'See also https://pkl-lang.org/index.html\n(via https://news.ycombinator.com/item?id=39239265, but we merged that thread hither)',
    );
  });

  it('finds each parent from the indent, across collapsed comments', () => {
    const byId = new Map(posts.map((p) => [p.id, p]));
    expect(byId.get('39242400')?.parent).toBe('39242012'); // indent 1, collapsed (coll)
    expect(byId.get('39243319')?.parent).toBe('39242400'); // indent 2, hidden (noshow)
    // The page's own "parent" links agree with the indent everywhere they exist.
    for (const row of Array.from(ctx.document.querySelectorAll('tr.athing.comtr'))) {
      const link = Array.from(row.querySelectorAll('.navs a')).find((a) => a.textContent === 'parent');
      const expected = link ? link.getAttribute('href')?.slice(1) : '39232976';
      expect(byId.get(row.id)?.parent, row.id).toBe(expected);
    }
  });

  it('keeps flagged comments as the page shows them', () => {
    const flagged = posts.find((p) => p.id === '39243896');
    expect(flagged?.text).toBe('[flagged]');
    expect(flagged?.parent).toBe('39240709');
  });
});

describe('hn adapter on the 2018 markup (project-written page)', () => {
  const ctx = pageContext('hn-2018-item.html', 'https://news.ycombinator.com/item?id=17214445');
  const posts = readAll(hn, ctx);

  it('reads the Ask HN story with its text', () => {
    expect(posts).toHaveLength(4);
    expect(posts[0]).toMatchObject({ id: '17214445', kind: 'post', author: { name: 'kaisa_l' } });
    expect(posts[0]?.text).toBe(
      'Ask HN: How do you handle support in four languages?\n\nWe are a team of six in Tampere selling to Finland, Sweden and the Baltics. Tickets come in English, Finnish, Swedish and Russian.\nDo you hire per language, or use machine translation and accept the odd mistake?',
    );
    expect(posts[0]?.time).toBeUndefined(); // 2018 pages show only "5 hours ago"
  });

  it('finds parents from the spacer width and drops the reply link', () => {
    expect(posts.slice(1).map((p) => [p.id, p.kind, p.parent])).toEqual([
      ['17214668', 'comment', '17214445'],
      ['17214901', 'comment', '17214668'],
      ['17215230', 'comment', '17214445'],
    ]);
    for (const post of posts) expect(post.text).not.toMatch(/\breply\b\s*$/);
    expect(posts[3]?.text).toBe(
      'Machine translation for the first reply, a human for anything about money. Nobody ever complained about a slightly stiff sentence; they complain about waiting two days.',
    );
  });

  it('reaches the comment box of the story and the reply link of a comment, never a submit button', () => {
    const [storyEl, commentEl] = hn.findPosts(ctx.document, ctx);
    const story = hn.replyTarget?.(storyEl as Element);
    expect(story?.box?.tagName).toBe('TEXTAREA');
    const comment = hn.replyTarget?.(commentEl as Element);
    expect(comment?.box).toBeNull();
    expect(comment?.opener?.getAttribute('href')).toMatch(/^reply\?id=17214668/);
  });

  it('detects Hacker News markup on a mirror', () => {
    expect(hn.detect(ctx.document)).toBe(true);
  });
});
