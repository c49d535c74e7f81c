import { describe, expect, it } from 'vitest';
import { fixturesPresent } from '../testing/fixtures';
import { forumotion } from './forumotion';
import { phpbb } from './phpbb';
import { fixtureContext, INTERFACE_WORDS, readAll } from './pages/read-page';

const FILE = 'forum-forumotion-wolfsrebellen-topic.html';
const URL_ = 'https://wolfsrebellen-netz.forumieren.com/t7-forums-regeln';

describe('forumotion adapter: recognised by markup, not by domain', () => {
  it('owns no url', () => {
    expect(forumotion.matchesUrl(new URL(URL_))).toBe(false);
  });
});

describe.skipIf(!fixturesPresent)('forumotion adapter on the captured wolfsrebellen topic', () => {
  const ctx = fixtureContext(FILE, URL_);
  const posts = readAll(forumotion, ctx);

  it('is told apart from phpBB although its theme borrows prosilver images', () => {
    expect(forumotion.detect(ctx.document)).toBe(true);
    expect(phpbb.detect(ctx.document)).toBe(false);
    expect(forumotion.expectsPosts(ctx.url, ctx.document)).toBe(true);
  });

  it('finds the three posts and leaves out the sponsored block', () => {
    expect(ctx.document.querySelectorAll('div.post')).toHaveLength(4);
    expect(forumotion.findPosts(ctx.document, ctx)).toHaveLength(forumotion.selectors.post?.expect?.[FILE] ?? -1);
    expect(posts.map((p) => p.id)).toEqual(['7', '655', '702']);
    expect(posts.some((p) => /Gesponserte Inhalte|Criteo|taboola/.test(p.author.name + p.text))).toBe(false);
  });

  it('reads the opening post with its subject and the replies answering it', () => {
    expect(posts[0]).toMatchObject({
      kind: 'post',
      author: { name: 'lupa', handle: 'lupa' },
      permalink: 'https://wolfsrebellen-netz.forumieren.com/t7-forums-regeln#7',
      lang: 'de',
    });
    expect(posts[0]?.text.startsWith('Forums-Regeln\n\nForums - Regeln\n\nWir pflegen hier ein sehr freundschaftliches Miteinander')).toBe(true);
    for (const reply of posts.slice(1)) {
      expect(reply.kind).toBe('reply');
      expect(reply.parent).toBe('7');
      expect(reply.author.name).toBe('lupa');
    }
    expect(posts[1]?.text.startsWith('2. Nachtrag\n\nDas neue Mitglied bekommt nach dem 3. Beitrag ein eigenes Forum eingerichtet.')).toBe(true);
  });

  it('leaves out signatures, profile buttons and the back-to-top link', () => {
    for (const post of posts) {
      expect(post.text).not.toMatch(INTERFACE_WORDS);
      expect(post.text).not.toMatch(/ich bin nicht da, um so zu sein|Profil ausklappen|Nach oben/);
    }
    expect(posts[1]?.text.endsWith('weil die Neu-User sich nie ins Forum eingeloggt hatten.')).toBe(true);
  });
});
