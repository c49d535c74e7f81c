import { describe, expect, it } from 'vitest';
import { fixturesPresent } from '../testing/fixtures';
import { phpbb } from './phpbb';
import { fixtureContext, INTERFACE_WORDS, readAll } from './pages/read-page';

const FILE = 'forum-phpbb-myoos-topic.html';
const URL_ = 'https://foren.myoos.de/viewtopic.php?t=167';

describe('phpbb adapter: recognised by markup, not by domain', () => {
  it('owns no url', () => {
    expect(phpbb.matchesUrl(new URL(URL_))).toBe(false);
  });
});

describe.skipIf(!fixturesPresent)('phpbb adapter on the captured MyOOS topic (phpBB 3, prosilver)', () => {
  const ctx = fixtureContext(FILE, URL_);
  const posts = readAll(phpbb, ctx);

  it('detects phpBB and finds the one post', () => {
    expect(phpbb.detect(ctx.document)).toBe(true);
    expect(phpbb.expectsPosts(ctx.url, ctx.document)).toBe(true);
    expect(posts).toHaveLength(phpbb.selectors.post?.expect?.[FILE] ?? -1);
  });

  it('reads the opening post with the topic title, author and a permalink without session id', () => {
    const [post] = posts;
    expect(post).toMatchObject({
      id: '453',
      site: 'phpbb',
      kind: 'post',
      author: { name: 'r23', handle: 'r23', url: 'https://foren.myoos.de/memberlist.php?mode=viewprofile&u=5' },
      permalink: 'https://foren.myoos.de/viewtopic.php?p=453#p453',
      lang: 'de',
    });
    expect(post?.parent).toBeUndefined();
    // phpBB 3.1 prints the date only as words ("21.01.2009, 05:42"); there is no machine time.
    expect(post?.time).toBeUndefined();
    expect(post?.text.startsWith('Was ist Freie Software\n\nWas ist Freie Software und warum ist sie wichtig?\nvon Georg C. F. Greve')).toBe(true);
  });

  it('keeps links and the quoted block, and no button words', () => {
    const text = posts[0]?.text ?? '';
    expect(text).toContain('[1] http://www.gnu.org/philosophy/free-sw.de.html');
    expect(text).toContain('Der fundamentale Akt von Freundschaft unter denkenden Wesen besteht darin');
    expect(text).not.toMatch(INTERFACE_WORDS);
    expect(text).not.toMatch(/Kontaktdaten|Beiträge:|Registriert:|Mit Zitat antworten/);
  });

  it('opens the reply through the post quote button or the topic reply link, both plain links', () => {
    const target = phpbb.replyTarget?.(phpbb.findPosts(ctx.document, ctx)[0] as Element);
    expect(target?.box).toBeNull();
    expect(target?.opener?.tagName).toBe('A');
    expect(target?.opener?.getAttribute('href')).toMatch(/posting\.php\?mode=(quote|reply)/);
  });
});
