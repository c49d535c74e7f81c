#!/usr/bin/env node
// Writes the demo and test pages in this folder from the templates and made-up content in
// make/. The pages are committed; run `node e2e/pages/build-pages.mjs` after changing make/.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { xTimelinePage, xLivePage, x2000Page } from './make/x-pages.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const write = (name, html) => {
  writeFileSync(join(here, name), html);
  console.log(`${name}\t${html.length} bytes`);
};

write('x-timeline.html', xTimelinePage());
const live = xLivePage();
write('x-live.html', live.html);
console.log(`x-live.html: Show more tweet ${live.showMoreId}; initial ids ${live.ids.join(' ')}`);
write('x-2000.html', x2000Page());

import('./make/linkedin.mjs')
  .then(({ linkedinFeedPage }) => write('linkedin-feed.html', linkedinFeedPage()))
  // After the feed: the 2,000-post page reuses its card, and the card's ids count up per call.
  .then(() => import('./make/linkedin-2000.mjs'))
  .then(({ linkedin2000Page }) => write('linkedin-2000.html', linkedin2000Page()));
import('./make/reddit.mjs').then(({ redditThreadPage }) => write('reddit-thread.html', redditThreadPage()));
import('./make/xenforo.mjs').then(({ forumThreadPage }) => write('forum-thread.html', forumThreadPage()));
