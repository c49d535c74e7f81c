import { afterEach, describe, expect, it, vi } from 'vitest';

const sent = vi.hoisted(() => ({ answer: undefined as unknown }));
vi.mock('../platform/browser', () => ({
  sendRuntimeMessage: vi.fn(async () => sent.answer),
  sendTabMessage: vi.fn(async () => sent.answer),
}));

import { askWorker } from './client';

afterEach(() => {
  sent.answer = undefined;
});

describe('askWorker', () => {
  it('calls a missing answer (the worker stopped) unavailable, so the sender tries again, and a malformed one invalid', async () => {
    sent.answer = undefined;
    const none = await askWorker('journal/count', {});
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.error.code).toBe('unavailable');
    sent.answer = { nonsense: true };
    const bad = await askWorker('journal/count', {});
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe('invalid');
    sent.answer = { ok: true, data: { events: 3 } };
    expect(await askWorker('journal/count', {})).toEqual({ ok: true, data: { events: 3 } });
  });
});
