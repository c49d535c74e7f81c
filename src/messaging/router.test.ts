import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { createRouter } from './router';
import { workerMessages } from './protocol';

// The router on a small map of real message schemas, so the test does not grow with the protocol.
const testMessages = {
  'journal/append': workerMessages['journal/append'],
  'posts/seen': workerMessages['posts/seen'],
  'journal/count': { request: v.strictObject({}), response: v.object({ events: v.number() }) },
};

const OWN_ID = 'hearkenid';
const event = { id: 'seen:x:1', kind: 'seen', at: 1_700_000_000_000, site: 'x', postId: '1', labels: ['Acme'] };

function makeRouter(onAppend: (count: number) => Promise<{ stored: number }> = async (n) => ({ stored: n })) {
  const logged: string[] = [];
  const route = createRouter(
    testMessages,
    {
      'journal/append': async ({ events }) => onAppend(events.length),
      'posts/seen': async ({ posts }) => ({ stored: posts.length }),
      'journal/count': async () => ({ events: 7 }),
    },
    {
      isTrusted: (sender) => sender.id === OWN_ID,
      context: () => undefined,
      classifyError: (error) => (error instanceof RangeError ? { code: 'quota', message: 'full' } : undefined),
      log: (message) => logged.push(message),
    },
  );
  return { route, logged };
}

const ours = { id: OWN_ID, tab: { id: 3, url: 'https://x.com/home' } };

describe('message router', () => {
  it('answers a valid request with data', async () => {
    const { route } = makeRouter();
    expect(await route({ hearken: 1, type: 'journal/append', payload: { events: [event] } }, ours)).toEqual({ ok: true, data: { stored: 1 } });
  });

  it('refuses senders outside the extension without running the handler', async () => {
    let ran = false;
    const { route, logged } = makeRouter(async () => {
      ran = true;
      return { stored: 0 };
    });
    const reply = await route({ hearken: 1, type: 'journal/append', payload: { events: [event] } }, { id: 'other-extension', url: 'https://evil.example/' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(ran).toBe(false);
    expect(logged[0]).toContain('refused');
  });

  it('refuses malformed envelopes, unknown types and invalid payloads with clear messages', async () => {
    const { route } = makeRouter();
    expect(await route('hello', ours)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await route({ hearken: 1, type: 'db/drop', payload: {} }, ours)).toMatchObject({
      ok: false,
      error: { code: 'unknown-type', message: 'Unknown message type "db/drop".' },
    });
    const invalid = await route({ hearken: 1, type: 'journal/append', payload: { events: [{ ...event, kind: 'posted' }] } }, ours);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(!invalid.ok && invalid.error.message).toContain('events.0.kind');
  });

  it('does not treat inherited object keys as message types', async () => {
    const { route } = makeRouter();
    expect(await route({ hearken: 1, type: 'toString', payload: {} }, ours)).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
  });

  it('turns handler failures into error values, with storage-full recognised', async () => {
    const failing = makeRouter(async () => {
      throw new Error('disk on fire');
    });
    expect(await failing.route({ hearken: 1, type: 'journal/append', payload: { events: [event] } }, ours)).toEqual({
      ok: false,
      error: { code: 'failed', message: 'disk on fire' },
    });
    const full = makeRouter(async () => {
      throw new RangeError('x');
    });
    expect(await full.route({ hearken: 1, type: 'journal/append', payload: { events: [event] } }, ours)).toMatchObject({
      ok: false,
      error: { code: 'quota' },
    });
  });
});
