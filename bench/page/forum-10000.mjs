// An old forum thread with 10,000 posts already on the page when it loads: the XenForo 2 thread of
// e2e/pages/forum-thread.html (same markup, same made-up Finnish posts) with its seven posts
// repeated under new ids and numbers. Built at run time (about 30 MB); never committed.
import { readFileSync } from 'node:fs';

export const FORUM_URL = 'https://bittinurkka.example/threads/muistiinpanosovellus-acme-notes-vai-globex.48213/';
export const FORUM_POST = 'article.message--post[data-content]';

export function forumThreadWith(count, pagesDir) {
  const html = readFileSync(`${pagesDir}/forum-thread.html`, 'utf8');
  const articles = html.match(/<article class="message message--post[\s\S]*?\n\t<\/article>/g);
  if (!articles || articles.length < 2) throw new Error('forum-thread.html no longer has its XenForo posts');
  const first = html.indexOf(articles[0]);
  const last = html.indexOf(articles[articles.length - 1]) + articles[articles.length - 1].length;
  const templates = articles.map((article) => {
    const id = /data-content="post-(\d+)"/.exec(article)?.[1];
    const number = /rel="nofollow">#(\d+)<\/a>/.exec(article)?.[1];
    if (!id || !number) throw new Error('a forum post lost its id or number');
    return { id, number, article: article.replace(/\s*\n\s*/g, '\n') };
  });
  const base = Number(templates[0].id);
  const parts = [];
  for (let i = 0; i < count; i += 1) {
    const t = templates[i % templates.length];
    const id = String(base + i);
    parts.push(t.article.replaceAll(t.id, id).replace(`rel="nofollow">#${t.number}</a>`, `rel="nofollow">#${i + 1}</a>`));
  }
  return html.slice(0, first) + parts.join('\n') + html.slice(last);
}
