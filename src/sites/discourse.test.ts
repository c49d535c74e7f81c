import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { fixturesPresent } from '../testing/fixtures';
import { discourse } from './discourse';
import { fixtureContext, INTERFACE_WORDS, pageContext, readAll } from './pages/read-page';
import type { ReadContext } from './types';

const CRAWLER = 'discourse-onebox-meta-topic-crawlerview-2020.html';
const CRAWLER_URL = 'https://meta.discourse.org/t/congratulations-most-stars-in-2013-github-octoverse/12483';
const RENDERED_URL = 'https://forum.kalendern.se/t/synk-mellan-mobil-och-dator-slutade-fungera-efter-uppdateringen/4821';

describe('discourse adapter: recognised by markup, not by domain', () => {
  it('owns no url and expects posts on topic pages', () => {
    expect(discourse.matchesUrl(new URL(RENDERED_URL))).toBe(false);
    const doc = pageContext('discourse-topic-rendered.html', RENDERED_URL).document;
    expect(discourse.expectsPosts(new URL(RENDERED_URL), doc)).toBe(true);
    expect(discourse.expectsPosts(new URL('https://forum.kalendern.se/latest'), doc)).toBe(false);
  });
});

describe.skipIf(!fixturesPresent)('discourse adapter on the captured crawler view (meta.discourse.org, 2020)', () => {
  const check = (ctx: ReadContext): void => {
    expect(discourse.detect(ctx.document)).toBe(true);
    const posts = readAll(discourse, ctx);
    expect(posts).toHaveLength(discourse.selectors.post?.expect?.[CRAWLER] ?? -1);
    expect(posts.map((p) => [p.id, p.kind, p.parent])).toEqual([
      ['12483/1', 'post', undefined],
      ['12483/2', 'reply', '12483/1'],
    ]);
    expect(posts[0]).toMatchObject({
      author: { name: 'Arpit Jalan', handle: 'techAPJ', url: 'https://meta.discourse.org/u/techAPJ' },
      time: '2014-02-06T04:55:19.000Z',
      permalink: 'https://meta.discourse.org/t/12483/1',
      lang: 'en-US',
    });
    // Blank lines between paragraphs depend on the whitespace between them in the source.
    expect(posts[0]?.text.replace(/\n+/g, '\n')).toBe(
      'Congratulations Discourse for qualifying Repositories with the most stars on GitHub Octoverse.\nAnd that too in just over an year, way to go! :boom:',
    );
    expect(posts[1]).toMatchObject({ author: { name: 'Jeff Atwood', handle: 'codinghorror' }, time: '2014-02-06T05:27:06.000Z' });
    for (const post of posts) {
      expect(post.text).not.toMatch(INTERFACE_WORDS);
      expect(post.text).not.toMatch(/\d+ Likes?|github_octoverse\.png|1365×718/);
    }
  };

  it('reads the posts from <noscript> text, as a browser with scripting on holds it', () => {
    const ctx = fixtureContext(CRAWLER, CRAWLER_URL);
    const noscript = ctx.document.querySelector('noscript');
    expect(noscript?.firstElementChild).toBeNull(); // raw text, as in the browser
    check(ctx);
  });

  it('reads the same posts when a DOM library parsed the <noscript> children', () => {
    const raw = fixtureContext(CRAWLER, CRAWLER_URL);
    const html = raw.document.documentElement.outerHTML.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const { document } = parseHTML(html) as unknown as { document: Document };
    expect(document.querySelectorAll('noscript .crawler-post')).toHaveLength(2);
    check({ ...raw, document });
  });
});

describe('discourse adapter on a JS-rendered topic (project-written page)', () => {
  const ctx = pageContext('discourse-topic-rendered.html', RENDERED_URL);
  const posts = readAll(discourse, ctx);

  it('reads the rendered posts only: not the crawler copy, not the small action', () => {
    expect(discourse.detect(ctx.document)).toBe(true);
    expect(posts.map((p) => p.id)).toEqual(['30117', '30129', '30144']);
  });

  it('reads post ids, kinds, authors and millisecond times', () => {
    expect(posts[0]).toMatchObject({
      kind: 'post',
      author: { name: 'Annika Lindqvist', handle: 'annika_l', url: 'https://forum.kalendern.se/u/annika_l' },
      time: '2024-02-14T09:12:00.000Z',
      permalink: `${RENDERED_URL}/1`,
      lang: 'sv',
    });
    expect(posts[1]).toMatchObject({ kind: 'reply', parent: '30117', author: { name: 'Jonas på Kalendern', handle: 'kalendern_support' } });
    expect(posts[2]).toMatchObject({ kind: 'reply', parent: '30117', author: { name: 'mattias.h', handle: 'mattias.h' }, time: '2024-02-14T12:05:00.000Z' });
  });

  it('reads text as a person does: emoji kept, image meta, like counts and buttons left out, quoted post left out', () => {
    expect(posts[0]?.text).toBe(
      'Sedan gårdagens uppdatering syns inte mina nya möten i mobilen. På datorn ligger de kvar, men telefonen visar bara det som fanns före i tisdags.\n\nJag har loggat ut och in igen utan att det hjälpte. Är det fler som har samma problem, eller är det något jag missat? :thinking:',
    );
    // mattias.h quotes annika_l; her words stay hers, so the reply's text is his own part only.
    expect(posts[2]?.text).toBe(
      'Samma här på en Pixel 7. ”Synka nu” hjälpte inte, men när jag tog bort kontot och lade till det igen kom allt tillbaka. Lite omständligt, men det funkar tills ni har en fix.',
    );
    for (const post of posts) expect(post.text).not.toMatch(/Svara|Gilla|1280×720|^2$/m);
  });

  it('opens a reply with the post reply button and finds the open composer, never its send button', () => {
    const els = discourse.findPosts(ctx.document, ctx);
    const target = discourse.replyTarget?.(els[1] as Element);
    expect(target?.opener?.matches('.post-controls button.reply')).toBe(true);
    expect(target?.opener?.closest('article')).toBe(els[1]);
    expect(target?.box?.matches('textarea.d-editor-input')).toBe(true);
  });

  it('reads a post appended later on its own, as the content script does', () => {
    const last = discourse.findPosts(ctx.document, ctx)[2] as Element;
    expect(discourse.findPosts(last, ctx)).toEqual([last]);
    expect(discourse.readPost(last, ctx)?.id).toBe('30144');
  });
});
