import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { createRouter } from '../messaging/router';
import { MAX_UNDERSTAND_CHARS, MAX_UNDERSTAND_POSTS, workerMessages } from '../messaging/protocol';
import { understandText } from './understand';

const messages = { 'page/understand': workerMessages['page/understand'] };
const route = createRouter(
  messages,
  { 'page/understand': async ({ posts }) => ({ results: posts.map(({ text, lang }) => understandText(text, lang)) }) },
  { isTrusted: () => true, context: () => undefined, log: () => undefined },
);
const ask = (payload: unknown) => route({ hearken: 1, type: 'page/understand', payload }, { id: 'hearken' });

describe("'page/understand' (intent and sentiment for content scripts)", () => {
  it('answers with what the classifier says, in the order asked, in an answer the content script accepts', async () => {
    const posts = [
      { text: 'Acme Notes sucks. Third outage this week and support ignores us. Boycott!', lang: 'en' },
      { text: 'Onko kellään kokemusta Acme Notesista? Mitä se maksaa tiimille?', lang: 'fi' },
    ];
    const reply = await ask({ posts });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(v.safeParse(workerMessages['page/understand'].response, reply.data).success).toBe(true);
    const { results } = reply.data as { results: unknown[] };
    expect(results).toEqual(posts.map(({ text, lang }) => understandText(text, lang)));
    expect(understandText(posts[0]!.text, 'en')).toMatchObject({ intent: { label: 'crisis' }, sentiment: { label: 'negative' } });
  });

  it('refuses texts too long or too many, and anything but text and language', async () => {
    for (const payload of [
      { posts: [{ text: 'x'.repeat(MAX_UNDERSTAND_CHARS + 1), lang: 'en' }] },
      { posts: Array.from({ length: MAX_UNDERSTAND_POSTS + 1 }, () => ({ text: 'Acme?', lang: 'en' })) },
      { posts: [{ text: 'Acme?', lang: 'en', html: '<b>' }] },
      { posts: [{ text: 42, lang: 'en' }] },
    ]) {
      const reply = await ask(payload);
      expect(reply.ok).toBe(false);
      if (!reply.ok) expect(reply.error.code).toBe('invalid');
    }
  });
});
