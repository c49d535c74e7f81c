import { describe, expect, it } from 'vitest';
import { fixturesPresent } from '../testing/fixtures';
import { vbulletin } from './vbulletin';
import { fixtureContext, INTERFACE_WORDS, readAll } from './pages/read-page';

const FILE = 'forum-vbulletin-pocketpc-thread.html';
const URL_ = 'https://www.pocketpc.ch/windows-phone-7-allgemein/122760-microsoft-beginnt-auslieferung-vorbereitungsupdate-34.html';

describe('vbulletin adapter: recognised by markup, not by domain', () => {
  it('owns no url', () => {
    expect(vbulletin.matchesUrl(new URL(URL_))).toBe(false);
  });
});

describe.skipIf(!fixturesPresent)('vbulletin adapter on the captured pocketpc.ch thread, page 34 (vBulletin 4)', () => {
  const ctx = fixtureContext(FILE, URL_);
  const posts = readAll(vbulletin, ctx);

  it('detects vBulletin and finds every post once', () => {
    expect(vbulletin.detect(ctx.document)).toBe(true);
    expect(vbulletin.expectsPosts(ctx.url, ctx.document)).toBe(true);
    expect(posts).toHaveLength(vbulletin.selectors.post?.expect?.[FILE] ?? -1);
    expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
  });

  it('reads every post on a later page as a reply whose opening post is not on the page', () => {
    for (const post of posts) {
      expect(post.kind).toBe('reply');
      expect(post.parent).toBeUndefined();
      expect(post.author.name).not.toBe('');
      expect(post.author.url).toMatch(/^https:\/\/www\.pocketpc\.ch\/members\//);
      expect(post.permalink).toMatch(/-post\d+\.html/);
      expect(post.lang).toBe('de');
      expect(post.text).not.toBe('');
      expect(post.text).not.toMatch(INTERFACE_WORDS);
      expect(post.text).not.toMatch(/googletag|Beitrag anzeigen|Danke erhalten/);
    }
  });

  it('reads a reply without the post it quotes ("Zitat von TheFreeman"), umlauts intact', () => {
    expect(posts[0]).toMatchObject({ id: '949757', author: { name: 'Predator', handle: 'Predator' } });
    // The quoted lines are TheFreeman's, so only Predator's own sentence is his text.
    expect(posts[0]?.text).toBe('Das war noch nicht das Update, sondern nur die Vorbereitung. Warum auch immer');
    // Its app signature is marked up as one (div.tapatalkSignatur) and left out; some app lines
    // in other posts are plain text the app typed into the post, and stay.
    expect(posts[0]?.text).not.toContain('Mit der kostenlosen');
    expect(posts.some((p) => /[äöüÄÖÜß]/.test(p.text))).toBe(true);
    expect(posts.some((p) => p.text.includes('\ufffd') || p.text.includes('Ã'))).toBe(false);
  });

  it('offers no reply box to a logged-out visitor', () => {
    const target = vbulletin.replyTarget?.(vbulletin.findPosts(ctx.document, ctx)[0] as Element);
    expect(target).toEqual({ box: null, opener: null });
  });
});
