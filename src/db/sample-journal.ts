// A small journal as a person would leave it after a morning of listening, in the four
// languages Hearken is tested in. Used by tests of migrations and export/import.
import type { Draft, JournalEvent, Outcome, Person, SeenPost } from '../core/journal';
import { authorKey, dayOf } from '../core/journal';

const T = Date.UTC(2025, 2, 4, 7, 30);
const MIN = 60_000;

function post(p: Omit<SeenPost, 'authorKey' | 'seenCount'> & { seenCount?: number }): SeenPost {
  return { seenCount: 1, ...p, authorKey: authorKey(p.site, p.author) };
}

export const SAMPLE_POSTS: SeenPost[] = [
  post({
    site: 'x',
    id: '1897012345678901234',
    permalink: 'https://x.com/mirja_k/status/1897012345678901234',
    author: { name: 'Mirja Korhonen', handle: 'mirja_k', url: 'https://x.com/mirja_k' },
    text: 'Kolmas päivä putkeen kun Acmen sovellus syö akun tyhjäksi ennen puoltapäivää. Onko muilla sama? 🔋',
    labels: ['Acme'],
    intent: 'complaint',
    sentiment: 'negative',
    lang: 'fi',
    firstSeen: T,
    lastSeen: T + 40 * MIN,
    seenCount: 3,
  }),
  post({
    site: 'reddit',
    id: 't3_1j2k3l4',
    permalink: 'https://www.reddit.com/r/smallbusiness/comments/1j2k3l4/',
    author: { name: 'u/bakery_owner_mn', handle: 'bakery_owner_mn' },
    text: 'Is Acme a scam? They charged me twice for the annual plan and support hasn’t answered in four days.',
    labels: ['Acme'],
    intent: 'complaint',
    sentiment: 'negative',
    lang: 'en',
    firstSeen: T + 5 * MIN,
    lastSeen: T + 5 * MIN,
  }),
  post({
    site: 'discourse',
    id: 'forum.example.ru/t/512/7',
    author: { name: 'Андрей Ёлкин', handle: 'a.yolkin' },
    text: 'Подскажите, как выгрузить отчёт из Acme в CSV бесплатными средствами? Платный тариф нам пока не по карману.',
    labels: ['Acme', 'Отчёты'],
    intent: 'question',
    sentiment: 'neutral',
    lang: 'ru',
    firstSeen: T + 12 * MIN,
    lastSeen: T + 12 * MIN,
  }),
  post({
    site: 'phpbb',
    id: 'familjeliv-42-1337',
    author: { name: 'Åsa Lindström' },
    text: 'Vi har haft Acme-vagnen i ett år nu och den är fortfarande som ny, bästa köpet vi gjort! Tips: smörj hjulen på våren.',
    labels: ['Acme'],
    intent: 'praise',
    sentiment: 'positive',
    lang: 'sv',
    firstSeen: T - 26 * 60 * MIN,
    lastSeen: T + 15 * MIN,
    seenCount: 2,
  }),
];

function event(
  id: string,
  kind: JournalEvent['kind'],
  minutes: number,
  site: JournalEvent['site'],
  postId: string,
  data?: Record<string, unknown>,
): JournalEvent {
  const at = T + minutes * MIN;
  return { id, kind, at, day: dayOf(at), site, postId, labels: ['Acme'], ...(data ? { data } : {}) };
}

export const SAMPLE_EVENTS: JournalEvent[] = [
  event('tab1-0001', 'seen', 0, 'x', '1897012345678901234'),
  event('tab1-0002', 'opened', 1, 'x', '1897012345678901234'),
  event('tab1-0003', 'listened', 3, 'x', '1897012345678901234', { seconds: 95, threadExpanded: true }),
  event('tab1-0004', 'need-named', 4, 'x', '1897012345678901234', { need: 'akku tyhjenee, haluaa tietää onko vika yleinen', feeling: 'frustrated' }),
  event('tab1-0005', 'template-chosen', 5, 'x', '1897012345678901234', { templateId: 'fi-complaint-1' }),
  event('tab1-0006', 'draft-checked', 7, 'x', '1897012345678901234', { findings: [{ rule: 'disclosure', severity: 'block' }] }),
  event('tab1-0007', 'inserted', 9, 'x', '1897012345678901234', { draftId: 'draft-fi-1', editedShare: 0.46 }),
  event('tab2-0001', 'seen', 5, 'reddit', 't3_1j2k3l4'),
  event('tab2-0002', 'listened', 8, 'reddit', 't3_1j2k3l4', { seconds: 140 }),
  event('tab2-0003', 'outcome', 300, 'reddit', 't3_1j2k3l4', { result: 'handed-off', note: 'billing team refunded the duplicate charge' }),
  event('tab3-0001', 'seen', 12, 'discourse', 'forum.example.ru/t/512/7'),
  event('tab3-0002', 'listened', 14, 'discourse', 'forum.example.ru/t/512/7', { seconds: 60 }),
  event('tab3-0003', 'copied', 20, 'discourse', 'forum.example.ru/t/512/7', { draftId: 'draft-ru-1', asks: [] }),
  event('tab4-0001', 'seen', 15, 'phpbb', 'familjeliv-42-1337'),
  event('tab4-0002', 'no-reply-needed', 16, 'phpbb', 'familjeliv-42-1337', { reason: 'nöjd kund, inget att tillägga' }),
];

export const SAMPLE_DRAFTS: Draft[] = [
  {
    id: 'draft-fi-1',
    site: 'x',
    postId: '1897012345678901234',
    text: 'Hei Mirja, työskentelen Acmella. Akun kulutus korjaantui versiossa 4.2.1 – asetuksista löytyy versionumero. Kerrotko mikä sinulla on?',
    templateId: 'fi-complaint-1',
    status: 'inserted',
    createdAt: T + 5 * MIN,
    updatedAt: T + 9 * MIN,
  },
  {
    id: 'draft-ru-1',
    site: 'discourse',
    postId: 'forum.example.ru/t/512/7',
    text: 'Андрей, на бесплатном тарифе отчёт можно выгрузить через «Печать → Сохранить как CSV». Я работаю в Acme, если что.',
    status: 'open',
    createdAt: T + 15 * MIN,
    updatedAt: T + 19 * MIN,
  },
];

export const SAMPLE_PEOPLE: Person[] = SAMPLE_POSTS.map((p) => {
  const person: Person = {
    key: p.authorKey,
    site: p.site,
    name: p.author.name,
    posts: 1,
    labels: p.labels,
    firstSeen: p.firstSeen,
    lastSeen: p.lastSeen,
  };
  if (p.author.handle) person.handle = p.author.handle;
  if (p.author.url) person.url = p.author.url;
  return person;
});

export const SAMPLE_OUTCOMES: Outcome[] = [
  {
    site: 'reddit',
    postId: 't3_1j2k3l4',
    result: 'handed-off',
    at: T + 300 * MIN,
    eventId: 'tab2-0003',
    note: 'billing team refunded the duplicate charge',
  },
  { site: 'phpbb', postId: 'familjeliv-42-1337', result: 'no-reply-needed', at: T + 16 * MIN, eventId: 'tab4-0002' },
];

export const SAMPLE_PRACTICE: JournalEvent[] = [
  event('practice-0001', 'inserted', 30, 'x', 'practice-case-1', { practice: true, caseId: 'battery-anger' }),
];
