import { describe, expect, it } from 'vitest';
import { mastodon } from './mastodon';
import { INTERFACE_WORDS, pageContext, readAll } from './pages/read-page';
import { nodeReadContext } from './parse-html';

const URL_ = 'https://mastodon.example.fi/@liisak/111928824299521377';

describe('mastodon adapter: any instance, recognised by markup', () => {
  const ctx = pageContext('mastodon-status-thread.html', URL_);

  it('owns no url and detects the web app', () => {
    expect(mastodon.matchesUrl(new URL(URL_))).toBe(false);
    expect(mastodon.detect(ctx.document)).toBe(true);
    expect(mastodon.detect(nodeReadContext('<html><body><div id="app"></div></body></html>', new URL(URL_)).document)).toBe(false);
    expect(mastodon.expectsPosts(new URL(URL_), ctx.document)).toBe(true);
    expect(mastodon.expectsPosts(new URL('https://mastodon.example.fi/settings/profile'), ctx.document)).toBe(false);
  });
});

describe('mastodon adapter on a status page with its thread (project-written page, Mastodon 4.2)', () => {
  const ctx = pageContext('mastodon-status-thread.html', URL_);
  const posts = readAll(mastodon, ctx);

  it('finds the ancestor, the focused status and both replies once', () => {
    expect(posts.map((p) => p.id)).toEqual(['111925868101636821', '111928824299521377', '111928879546368912', '111929047187458064']);
  });

  it('places each status in the thread', () => {
    expect(posts.map((p) => [p.kind, p.parent])).toEqual([
      ['post', undefined],
      ['reply', '111925868101636821'],
      ['reply', '111928824299521377'],
      ['reply', '111928824299521377'],
    ]);
  });

  it('reads authors with instance-qualified handles, local and remote', () => {
    expect(posts.map((p) => p.author)).toEqual([
      { name: 'Tommi Saarinen', handle: 'tommi@mastodon.example.fi', url: 'https://mastodon.example.fi/@tommi' },
      { name: 'Liisa Koskinen', handle: 'liisak@mastodon.example.fi', url: 'https://mastodon.example.fi/@liisak' },
      { name: 'Elin Sjöberg', handle: 'elin@social.example.se', url: 'https://social.example.se/@elin' },
      { name: 'Сергей Миронов', handle: 'smironov@mastodon.example.fi', url: 'https://mastodon.example.fi/@smironov' },
    ]);
  });

  it('reads times from time[datetime], and from the id where the page prints only words', () => {
    expect(posts.map((p) => p.time)).toEqual([
      '2024-02-13T19:40:12.000Z',
      '2024-02-14T08:12:00.000Z', // focused status: "14.2.2024 klo 10.12" only, time from its Snowflake id
      '2024-02-14T08:26:03.000Z',
      '2024-02-14T09:08:41.000Z',
    ]);
    expect(posts.map((p) => p.permalink)).toEqual([
      'https://mastodon.example.fi/@tommi/111925868101636821',
      'https://mastodon.example.fi/@liisak/111928824299521377',
      'https://social.example.se/@elin/111928879546368912',
      'https://mastodon.example.fi/@smironov/111929047187458064',
    ]);
  });

  it('reads text as a person does, in its declared language', () => {
    expect(posts[1]).toMatchObject({
      lang: 'fi',
      text: '@tommi Sama juttu täällä! Kysymys kalenterisovellusten käyttäjille: mikä sovellus synkronoi oikeasti luotettavasti puhelimen ja läppärin välillä? Kalendern hukkasi minulta kaksi palaveria tällä viikolla 😕\n\nVinkit otetaan kiitollisena vastaan. #kalenteri #kysymys',
    });
    // Mastodon shows a shortened link: the hidden scheme and tail are not part of what one reads.
    expect(posts[2]?.lang).toBe('sv');
    expect(posts[2]?.text.endsWith('Tråden finns här: forum.kalendern.se/t/synk-mell')).toBe(true);
    // Behind a content warning: the warning, then the text; not the "show more" button.
    expect(posts[3]?.lang).toBe('ru');
    expect(posts[3]?.text.startsWith('Осторожно, длинно\n\nПользуюсь Kalendern третий год')).toBe(true);
    for (const post of posts) {
      expect(post.text).not.toMatch(INTERFACE_WORDS);
      expect(post.text).not.toMatch(/Näytä enemmän|Vastaa|Tehosta|Julkinen|14\.2\.2024|^\d+$/m);
    }
  });

  it('opens a reply with the reply button of each status and finds the compose box, never Publish', () => {
    const els = mastodon.findPosts(ctx.document, ctx);
    for (const el of els) {
      const target = mastodon.replyTarget?.(el);
      expect(target?.opener?.querySelector('.fa-reply')).not.toBeNull();
      expect(target?.opener?.getAttribute('type')).toBe('button');
      expect(target?.box?.matches('textarea.autosuggest-textarea__textarea')).toBe(true);
    }
  });
});

describe('mastodon adapter on the article-based list markup of recent versions', () => {
  const html = `<!DOCTYPE html><html lang="sv"><head><meta name="application-name" content="Mastodon"></head><body><div id="mastodon">
    <div class="item-list" role="feed">
      <article data-id="112001000000000001" aria-posinset="1" aria-setsize="2"><div tabindex="-1"><div class="status__wrapper status__wrapper-public focusable" tabindex="0">
        <div class="status status-public" data-id="112001000000000001">
          <div class="status__info"><a href="https://example.se/@anna/112001000000000001" class="status__relative-time"><time datetime="2024-02-27T07:30:00.000Z">2 tim.</time></a>
          <a href="https://example.se/@anna" class="status__display-name"><span class="display-name"><bdi><strong class="display-name__html">Anna Berg</strong></bdi> <span class="display-name__account">@anna</span></span></a></div>
          <div class="status__content"><div class="status__content__text status__content__text--visible" lang="sv"><p>Finns det någon kalenderapp som klarar både jobbets Exchange och familjens delade kalender?</p></div></div>
          <div class="status__action-bar"><button type="button" class="status__action-bar__button icon-button" title="Svara"><svg class="icon icon-reply"></svg></button></div>
        </div></div></div></article>
      <article data-id="112001000000000002" aria-posinset="2" aria-setsize="2"><div class="status__wrapper"><div class="status status-public" data-id="112001000000000002">
          <div class="status__info"><a href="https://example.se/@ola/112001000000000002" class="status__relative-time"><time datetime="2024-02-27T08:02:00.000Z">1 tim.</time></a>
          <a href="https://example.se/@ola" class="status__display-name"><span class="display-name"><bdi><strong class="display-name__html">Ola</strong></bdi> <span class="display-name__account">@ola</span></span></a></div>
          <div class="status__content"><div class="status__content__text" lang="sv"><p>Fjärde veckan utan fungerande synk. Jag ger upp.</p></div></div>
        </div></div></article>
    </div></div></body></html>`;
  const ctx = nodeReadContext(html, new URL('https://example.se/home'));
  const posts = readAll(mastodon, ctx);

  it('counts each article once and reads timeline statuses as posts', () => {
    expect(posts.map((p) => [p.id, p.kind, p.author.handle, p.lang])).toEqual([
      ['112001000000000001', 'post', 'anna@example.se', 'sv'],
      ['112001000000000002', 'post', 'ola@example.se', 'sv'],
    ]);
    expect(posts[1]?.text).toBe('Fjärde veckan utan fungerande synk. Jag ger upp.');
  });

  it('finds the reply button by its icon class in the svg era', () => {
    const target = mastodon.replyTarget?.(mastodon.findPosts(ctx.document, ctx)[0] as Element);
    expect(target?.opener?.getAttribute('title')).toBe('Svara');
  });
});
