import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { JournalEventInput, SeenPostInput } from '../core/journal';

const answers: { ok: boolean; error?: { code: string; message: string } }[] = [];
const sent: { type: string; payload: unknown }[] = [];
vi.mock('../messaging/client', () => ({
  askWorker: vi.fn(async (type: string, payload: unknown) => {
    sent.push({ type, payload });
    return answers.shift() ?? { ok: true, data: { stored: 0 } };
  }),
}));
vi.mock('../platform/browser', () => ({ extensionAlive: () => true }));

const { JournalOutbox, MAX_PENDING_EVENTS, MAX_PENDING_POSTS } = await import('./journal-outbox');

const FULL = { ok: false, error: { code: 'quota', message: 'The browser has no room left for Hearken’s journal.' } };

function post(n: number): SeenPostInput {
  return {
    site: 'x',
    id: `18000000000000${n}`,
    author: { name: 'Ольга Смирнова', handle: 'olga_sm' },
    text: `Acme опять не синхронизирует заметки, уже ${n}-й раз за неделю.`,
    labels: ['Acme'],
    at: 1_760_000_000_000 + n,
  };
}

function event(n: number, kind: JournalEventInput['kind'] = 'seen'): JournalEventInput {
  return { id: `e-${n}`, kind, at: 1_760_000_000_000 + n, site: 'x', postId: `18000000000000${n}`, labels: ['Acme'] };
}

beforeEach(() => {
  answers.length = 0;
  sent.length = 0;
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('JournalOutbox when the journal is full', () => {
  it('keeps a refused batch and sends the same entries again', async () => {
    const outbox = new JournalOutbox();
    outbox.addEvent(event(1, 'listened'));
    outbox.addEvent(event(2, 'inserted'));
    answers.push(FULL);
    await outbox.flush();
    expect(outbox.pending).toBe(2);
    await outbox.flush();
    expect(outbox.pending).toBe(0);
    expect(sent.map((message) => (message.payload as { events: JournalEventInput[] }).events.map((e) => e.id))).toEqual([
      ['e-1', 'e-2'],
      ['e-1', 'e-2'],
    ]);
  });

  it('stays bounded, letting go of seen events before the person’s own actions', () => {
    const outbox = new JournalOutbox();
    for (let n = 0; n < 10; n += 1) outbox.addEvent(event(n, 'inserted'));
    for (let n = 10; n < MAX_PENDING_EVENTS + 500; n += 1) outbox.addEvent(event(n, 'seen'));
    for (let n = 0; n < MAX_PENDING_POSTS + 300; n += 1) outbox.addPost(post(n));
    expect(outbox.pending).toBe(MAX_PENDING_EVENTS + MAX_PENDING_POSTS);
    const events = (outbox as unknown as { events: Map<string, JournalEventInput> }).events;
    expect([...events.values()].filter((e) => e.kind === 'inserted')).toHaveLength(10);
    expect(events.has(`e-${MAX_PENDING_EVENTS + 499}`)).toBe(true);
    const posts = (outbox as unknown as { posts: Map<string, SeenPostInput> }).posts;
    expect(posts.has(`x:${post(0).id}`)).toBe(false);
    expect(posts.has(`x:${post(MAX_PENDING_POSTS + 299).id}`)).toBe(true);
  });
});

describe('JournalOutbox sending', () => {
  it('sends the seen posts and the events gathered in one message', async () => {
    const outbox = new JournalOutbox();
    outbox.addPost(post(1));
    outbox.addPost(post(2));
    outbox.addEvent(event(1));
    await outbox.flush();
    expect(sent).toEqual([{ type: 'journal/record', payload: { posts: [post(1), post(2)], events: [event(1)] } }]);
    expect(outbox.pending).toBe(0);
    await outbox.flush();
    expect(sent).toHaveLength(1);
  });
});
