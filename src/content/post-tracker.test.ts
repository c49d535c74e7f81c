import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '../core/playbook';
import demoPlaybook from '../core/demo-playbook.json';
import { nodeReadContext } from '../sites/parse-html';
import { x } from '../sites/x';
import { BADGE_ATTRIBUTE } from './badge';
import { MATCH_ATTRIBUTE, POST_ATTRIBUTE, PostTracker } from './post-tracker';
import { PageEngine } from './page-engine';
import { classifyHere } from '../testing/classify-here';

const X_TIMELINE = readFileSync(new URL('../../e2e/pages/x-timeline.html', import.meta.url), 'utf8');

function demoEngine() {
  const parsed = parsePlaybook(demoPlaybook);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return new PageEngine(parsed.playbook, classifyHere);
}

async function settle(tracker: PostTracker): Promise<void> {
  for (let i = 0; i < 200 && tracker.pending > 0; i++) await new Promise((done) => setTimeout(done, 5));
  expect(tracker.pending).toBe(0);
}

describe('PostTracker.stop', () => {
  it('takes back every mark and badge, leaving the page as it was, and reads nothing afterwards', async () => {
    const context = nodeReadContext(X_TIMELINE, new URL('https://x.com/home'));
    const doc = context.document;
    const before = doc.documentElement.outerHTML;
    let matched = 0;
    const tracker = new PostTracker(x, context, demoEngine(), { onMatched: () => (matched += 1) });
    tracker.scan([doc]);
    await settle(tracker);
    expect(matched).toBeGreaterThan(0);
    expect(doc.querySelectorAll(`[${MATCH_ATTRIBUTE}]`).length).toBe(matched);
    expect(doc.querySelectorAll(`[${BADGE_ATTRIBUTE}]`).length).toBe(matched);
    expect(doc.documentElement.outerHTML).not.toBe(before);

    tracker.stop(doc);
    expect(doc.querySelectorAll(`[${POST_ATTRIBUTE}], [${MATCH_ATTRIBUTE}], [${BADGE_ATTRIBUTE}]`)).toHaveLength(0);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(tracker.matchedPosts()).toEqual([]);

    const matchedWhenStopped = matched;
    tracker.scan([doc]);
    await new Promise((done) => setTimeout(done, 20));
    expect(tracker.pending).toBe(0);
    expect(matched).toBe(matchedWhenStopped);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('lets a new tracker mark the same page again after a stop (the site turned back on)', async () => {
    const context = nodeReadContext(X_TIMELINE, new URL('https://x.com/home'));
    const doc = context.document;
    const first = new PostTracker(x, context, demoEngine(), { onMatched: () => undefined });
    first.scan([doc]);
    await settle(first);
    const marked = doc.querySelectorAll(`[${MATCH_ATTRIBUTE}]`).length;
    first.stop(doc);
    const second = new PostTracker(x, context, demoEngine(), { onMatched: () => undefined });
    second.scan([doc]);
    await settle(second);
    expect(doc.querySelectorAll(`[${MATCH_ATTRIBUTE}]`).length).toBe(marked);
    expect(second.matchedPosts()).toHaveLength(marked);
  });
});

describe('PostTracker badge names', () => {
  it("names each matched post's intent and sentiment through the given names (the person's language)", async () => {
    const context = nodeReadContext(X_TIMELINE, new URL('https://x.com/home'));
    const asked: string[] = [];
    let matched = 0;
    const tracker = new PostTracker(x, context, demoEngine(), {
      onMatched: () => (matched += 1),
      name: (kind, id) => {
        asked.push(`${kind}:${id}`);
        return id;
      },
    });
    tracker.scan([context.document]);
    await settle(tracker);
    expect(matched).toBeGreaterThan(0);
    expect(asked.filter((entry) => entry.startsWith('intent:'))).toHaveLength(matched);
    expect(asked.filter((entry) => entry.startsWith('sentiment:'))).toHaveLength(matched);
    expect(asked.every((entry) => /^(intent:(question|complaint|praise|buying|crisis|other)|sentiment:(negative|neutral|positive))$/.test(entry))).toBe(true);
  });
});
