// Journal benchmark on fake-indexeddb: writing 100,000 events in batches vs one transaction per
// event, and the dashboard's queries over them. Run: npx tsx bench/journal.bench.ts
// The journal is synthetic (a seeded generator), shaped like months of real use: most posts are
// only seen, fewer are opened and listened to, a few get a reply and an outcome.
// Env: BENCH_EVENTS (default 100000), BENCH_SINGLE (events for the one-per-transaction run; default all).
import 'fake-indexeddb/auto';
import type { EventKind, JournalEventInput, SeenPostInput } from '../src/core/journal';
import type { MetricFilter } from '../src/core/metrics/filter';
import type { Intent, Sentiment, SiteId } from '../src/core/model';
import {
  draftChecksQuery,
  giveAskQuery,
  listenSpeakQuery,
  loadDashboard,
  mentionsQuery,
  outcomesQuery,
  peopleQuery,
  replyTimeQuery,
} from '../src/db/dashboard';
import type { HearkenDB as HearkenDBType } from '../src/db/database';
import { HearkenDB } from '../src/db/database';
import { appendEvents, recordSeenPosts } from '../src/db/journal';

const TOTAL = Number(process.env.BENCH_EVENTS ?? 100_000);
const SINGLE = Number(process.env.BENCH_SINGLE ?? TOTAL);
const BATCH = 200;
const DAY = 86_400_000;
const END = Date.UTC(2025, 5, 1);
const SPAN_DAYS = 180;

function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SITES: SiteId[] = ['x', 'x', 'reddit', 'reddit', 'linkedin', 'hn', 'discourse', 'phpbb'];
const LABELS = ['Acme', 'Acme', 'Acme', 'Globex', 'Initech', 'battery life', 'pricing'];
const INTENT_MIX: Intent[] = ['question', 'question', 'complaint', 'complaint', 'praise', 'buying', 'other', 'other', 'crisis'];
const SENTIMENT_MIX: Sentiment[] = ['negative', 'neutral', 'neutral', 'positive'];
const RULES = ['hard-sell', 'disclosure', 'link-first', 'self-focus', 'broadcast', 'generic'];

interface Journal {
  events: JournalEventInput[];
  posts: SeenPostInput[];
}

function generate(total: number): Journal {
  const random = rng(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const events: JournalEventInput[] = [];
  const posts: SeenPostInput[] = [];
  let n = 0;
  while (events.length < total) {
    n += 1;
    const site = pick(SITES);
    const postId = `${site}-${n}`;
    const at = END - Math.floor(random() * SPAN_DAYS * DAY);
    const labels = random() < 0.15 ? [pick(LABELS), pick(LABELS)] : [pick(LABELS)];
    // A few loud authors, a middle that comes back, a long tail seen once.
    const author = Math.floor(12_000 * random() ** 3);
    posts.push({
      site,
      id: postId,
      author: { name: `Author ${author}`, handle: `author${author}` },
      text: `Synthetic post ${n} about ${labels.join(' and ')}`,
      labels,
      intent: pick(INTENT_MIX),
      sentiment: pick(SENTIMENT_MIX),
      lang: 'en',
      at,
    });
    let step = 0;
    const add = (kind: EventKind, data?: Record<string, unknown>): void => {
      step += 1;
      const event: JournalEventInput = { id: `${postId}-${step}`, kind, at: at + Math.round(step * 60_000 * (1 + random() * 30)), site, postId, labels };
      if (data) event.data = data;
      events.push(event);
    };
    add('seen');
    if (random() < 0.25) add('opened');
    if (random() < 0.18) {
      add('listened', { seconds: Math.round(20 + random() * 200) });
      if (random() < 0.35) {
        add('need-named');
        add('template-chosen', { templateId: 'en-question-1' });
        const findings = RULES.filter(() => random() < 0.2);
        add('draft-checked', { findings });
        if (random() < 0.7) {
          add(random() < 0.8 ? 'inserted' : 'copied', { asks: random() < 0.12 ? ['own-link'] : [] });
          if (random() < 0.5) add('outcome', { result: pick(['thanked', 'resolved', 'answered', 'ignored', 'handed-off']) });
        }
      } else if (random() < 0.3) {
        add('no-reply-needed');
      }
    }
  }
  events.length = total;
  // The journal receives both in time order, as a person browses.
  events.sort((a, b) => a.at - b.at);
  posts.sort((a, b) => a.at - b.at);
  return { events, posts };
}

function ms(start: number): number {
  return performance.now() - start;
}

function fmt(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

/** Posts first, as the content script records a post when it is seen and events after. */
async function fillBatched(db: HearkenDBType, journal: Journal): Promise<{ events: number; posts: number }> {
  const t0 = performance.now();
  for (let i = 0; i < journal.posts.length; i += BATCH) {
    const result = await recordSeenPosts(db, journal.posts.slice(i, i + BATCH));
    if (!result.ok) throw new Error(result.error.message);
  }
  const posts = ms(t0);
  const t1 = performance.now();
  for (let i = 0; i < journal.events.length; i += BATCH) {
    const result = await appendEvents(db, journal.events.slice(i, i + BATCH));
    if (!result.ok) throw new Error(result.error.message);
  }
  return { events: ms(t1), posts };
}

async function fillSingly(db: HearkenDBType, events: JournalEventInput[]): Promise<number> {
  const t0 = performance.now();
  for (const event of events) {
    const result = await appendEvents(db, [event]);
    if (!result.ok) throw new Error(result.error.message);
  }
  return ms(t0);
}

async function timeQuery(name: string, run: () => Promise<unknown>, runs = 5): Promise<{ name: string; median: number; max: number }> {
  await run(); // warm
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await run();
    times.push(ms(t0));
  }
  times.sort((a, b) => a - b);
  return { name, median: times[Math.floor(times.length / 2)] ?? 0, max: times.at(-1) ?? 0 };
}

async function main(): Promise<void> {
  console.log(`Hearken journal benchmark (fake-indexeddb, Node ${process.version}), synthetic journal of ${TOTAL} events`);
  const t0 = performance.now();
  const journal = generate(TOTAL);
  const kinds = new Map<string, number>();
  for (const event of journal.events) kinds.set(event.kind, (kinds.get(event.kind) ?? 0) + 1);
  console.log(`generated in ${fmt(ms(t0))} ms: ${journal.posts.length} posts; ${[...kinds].map(([k, c]) => `${k} ${c}`).join(', ')}`);

  const batched = new HearkenDB(`bench-batched-${Date.now()}`);
  const fill = await fillBatched(batched, journal);
  const batchedPerEvent = fill.events / TOTAL;
  console.log(`\nwrite ${journal.posts.length} seen posts in batches of ${BATCH} (people and mention tallies kept in step): ${fmt(fill.posts)} ms`);
  console.log(`write ${TOTAL} events in batches of ${BATCH} (activity tallies and engagement folded in): ${fmt(fill.events)} ms (${(batchedPerEvent * 1000).toFixed(1)} µs/event)`);

  // Same events, one transaction each, into a journal that holds the same posts.
  const single = new HearkenDB(`bench-single-${Date.now()}`);
  for (let i = 0; i < journal.posts.length; i += BATCH) await recordSeenPosts(single, journal.posts.slice(i, i + BATCH));
  const singleEvents = journal.events.slice(0, SINGLE);
  const singleMs = await fillSingly(single, singleEvents);
  const singlePerEvent = singleMs / singleEvents.length;
  console.log(
    `write ${singleEvents.length} events one transaction each: ${fmt(singleMs)} ms (${(singlePerEvent * 1000).toFixed(1)} µs/event)` +
      `\n  → batching is ${(singlePerEvent / batchedPerEvent).toFixed(1)}× faster per event`,
  );
  single.close();
  await single.delete();

  const last90: MetricFilter = { from: END - 90 * DAY, to: END + DAY };
  const filters: [string, MetricFilter][] = [
    ['last 90 days', last90],
    ['all time', {}],
    ['last 90 days, reddit, Acme', { ...last90, sites: ['reddit'], labels: ['Acme'] }],
  ];
  const counts = { events: await batched.events.count(), posts: await batched.posts.count(), people: await batched.people.count(), tallies: await batched.tallies.count() };
  console.log(`\nstored: ${counts.events} events, ${counts.posts} posts, ${counts.people} people, ${counts.tallies} daily tallies`);
  let worst = 0;
  for (const [label, filter] of filters) {
    console.log(`\ndashboard queries, ${label} (median of 5 after a warm-up, ms):`);
    const results = [
      await timeQuery('listen:speak + weekly trend', () => listenSpeakQuery(batched, filter)),
      await timeQuery('give:ask', () => giveAskQuery(batched, filter)),
      await timeQuery('time to reply', () => replyTimeQuery(batched, filter)),
      await timeQuery('mentions + spikes', () => mentionsQuery(batched, filter)),
      await timeQuery('intents and outcomes', () => outcomesQuery(batched, filter)),
      await timeQuery('people (magic middle)', () => peopleQuery(batched, filter)),
      await timeQuery('draft checks', () => draftChecksQuery(batched, filter)),
      await timeQuery('whole dashboard (one read transaction)', () => loadDashboard(batched, filter), 3),
    ];
    for (const result of results) {
      const single = !result.name.startsWith('whole');
      if (single) worst = Math.max(worst, result.median);
      const flag = single && result.median > 200 ? '  ← over 200 ms' : '';
      console.log(`  ${result.name.padEnd(40)} ${fmt(result.median).padStart(7)}  (max ${fmt(result.max)})${flag}`);
    }
  }
  console.log(`\nslowest single dashboard query: ${fmt(worst)} ms (goal: under 200 ms at ${TOTAL} events) → ${worst < 200 ? 'met' : 'NOT met'}`);
  batched.close();
  await batched.delete();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
