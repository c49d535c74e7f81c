import { describe, expect, it } from 'vitest';
import { fixturesPresent } from '../testing/fixtures';
import { stackexchange } from './stackexchange';
import { fixtureContext, INTERFACE_WORDS, readAll } from './pages/read-page';

const GIT = 'so-howdoi-delete-git-branch.html';
const REGEX = 'so-howdoi-regex-xhtml-tags.html';

describe('stackexchange adapter: urls', () => {
  it('owns every site of the network', () => {
    for (const host of [
      'stackoverflow.com',
      'ru.stackoverflow.com',
      'meta.stackoverflow.com',
      'superuser.com',
      'serverfault.com',
      'askubuntu.com',
      'mathoverflow.net',
      'stackapps.com',
      'unix.stackexchange.com',
      'sv.stackexchange.com',
      'meta.stackexchange.com',
    ]) {
      expect(stackexchange.matchesUrl(new URL(`https://${host}/questions/1/x`)), host).toBe(true);
    }
    for (const host of ['notstackoverflow.com', 'stackexchange.com.evil.example', 'example.com']) {
      expect(stackexchange.matchesUrl(new URL(`https://${host}/questions/1/x`)), host).toBe(false);
    }
  });
});

describe.skipIf(!fixturesPresent)('stackexchange adapter on captured Stack Overflow pages', () => {
  const pages = [
    [GIT, 'https://stackoverflow.com/questions/2003505/how-do-i-delete-a-git-branch-locally-and-remotely'],
    [REGEX, 'https://stackoverflow.com/questions/1732348/regex-match-open-tags-except-xhtml-self-contained-tags'],
  ] as const;

  for (const [file, url] of pages) {
    describe(file, () => {
      const ctx = fixtureContext(file, url);
      const posts = readAll(stackexchange, ctx);
      const questionId = new URL(url).pathname.split('/')[2];

      it('finds the question and every answer', () => {
        expect(stackexchange.detect(ctx.document)).toBe(true);
        expect(posts).toHaveLength(stackexchange.selectors.post?.expect?.[file] ?? -1);
        expect(posts.filter((p) => p.kind === 'reply')).toHaveLength(stackexchange.selectors.answer?.expect?.[file] ?? -1);
        expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
      });

      it('reads a question first and answers pointing at it', () => {
        expect(posts[0]).toMatchObject({ id: `q-${questionId}`, kind: 'post' });
        expect(posts[0]?.parent).toBeUndefined();
        for (const answer of posts.slice(1)) {
          expect(answer.id).toMatch(/^a-\d+$/);
          expect(answer.parent).toBe(`q-${questionId}`);
          expect(answer.permalink).toMatch(/^https:\/\/stackoverflow\.com\/a\/\d+/);
        }
      });

      it('reads authors, times and text free of vote counts and menu words', () => {
        for (const post of posts) {
          expect(post.author.name, post.id).not.toBe('');
          // Community wiki answers show only when they were last edited, not when written.
          const wiki = ctx.document.querySelector(`#answer-${post.id.slice(2)} .community-wiki`) !== null;
          if (!wiki) expect(post.time, post.id).toMatch(/^20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/);
          else expect(post.time, post.id).toBeUndefined();
          expect(post.text.length, post.id).toBeGreaterThan(20);
          expect(post.text).not.toMatch(INTERFACE_WORDS);
          expect(post.text).not.toMatch(/^(share|improve this (answer|question)|follow|edited|answered|asked)\b/m);
        }
      });
    });
  }

  it('reads the git question as a person reads it', () => {
    const ctx = fixtureContext(GIT, pages[0][1]);
    const [question, accepted] = readAll(stackexchange, ctx);
    expect(question).toMatchObject({
      author: { name: 'Matthew Rankin', handle: '95592', url: 'https://stackoverflow.com/users/95592/matthew-rankin' },
      time: '2010-01-05T01:12:15.000Z',
      permalink: 'https://stackoverflow.com/q/2003505',
    });
    expect(question?.text.startsWith('How do I delete a Git branch locally and remotely?\n\nI want to delete a branch both locally and remotely.')).toBe(true);
    expect(question?.text).toContain("error: branch 'remotes/origin/bugfix' not found.");
    expect(question?.text).not.toContain('17499');
    expect(accepted?.id).toBe('a-2003515');
    expect(accepted?.kind).toBe('reply');
  });

  it('names the top editor of a community wiki question and dates it from the header, not the edit', () => {
    const ctx = fixtureContext(REGEX, pages[1][1]);
    const [question] = readAll(stackexchange, ctx);
    expect(question?.author).toMatchObject({ name: 'Jeff', handle: '142233' });
    expect(question?.time).toBe('2009-11-13T22:38:26.000Z');
  });

  it('reaches the answer box for the question and the comment link for an answer', () => {
    const ctx = fixtureContext(GIT, pages[0][1]);
    const [questionEl, answerEl] = stackexchange.findPosts(ctx.document, ctx);
    const onQuestion = stackexchange.replyTarget?.(questionEl as Element);
    expect(onQuestion?.opener).toBeNull();
    const onAnswer = stackexchange.replyTarget?.(answerEl as Element);
    expect(onAnswer?.box).toBeNull();
    // "Add a comment" is a link that opens the comment form; it sends nothing.
    expect(onAnswer?.opener?.tagName).toBe('A');
    expect(onAnswer?.opener?.matches('.js-add-link.comments-link')).toBe(true);
    expect(onAnswer?.opener?.closest('div.answer')).toBe(answerEl);
  });
});
