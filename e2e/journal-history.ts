// A realistic journal history for the dashboard tests and screenshot: weeks of listening in four
// languages, as the content script and side panel would send it to the service worker. Seeded,
// so every run builds the same journal.
import type { EventKind, JournalEventInput, SeenPostInput } from '../src/core/journal';
import type { Intent, Sentiment, SiteId } from '../src/core/model';

const DAY = 86_400_000;
const MIN = 60_000;

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

interface Sample {
  lang: 'en' | 'ru' | 'fi' | 'sv';
  text: string;
  labels: string[];
  intent: Intent;
  sentiment: Sentiment;
}

const SAMPLES: Sample[] = [
  { lang: 'en', text: 'Does Acme Notes sync offline edits once you are back online, or do I lose them?', labels: ['Acme'], intent: 'question', sentiment: 'neutral' },
  { lang: 'en', text: 'Third time this week Acme logged me out mid-meeting. Getting old, honestly.', labels: ['Acme'], intent: 'complaint', sentiment: 'negative' },
  { lang: 'en', text: 'Switched our team from Globex to Acme Notes last month and the shared tags alone were worth it.', labels: ['Acme', 'Globex'], intent: 'praise', sentiment: 'positive' },
  { lang: 'en', text: 'Torn between Acme and Globex for a 12-person research group. Anyone used both for a year?', labels: ['Acme', 'Globex'], intent: 'buying', sentiment: 'neutral' },
  { lang: 'en', text: 'Globex raised prices again without telling anyone. Looking at alternatives.', labels: ['Globex'], intent: 'complaint', sentiment: 'negative' },
  { lang: 'en', text: 'Acme support closed my ticket without reading it. Acme sucks lately, seriously.', labels: ['Acme'], intent: 'crisis', sentiment: 'negative' },
  { lang: 'ru', text: 'Подскажите, можно ли в Acme выгрузить все заметки в Markdown одним архивом?', labels: ['Acme'], intent: 'question', sentiment: 'neutral' },
  { lang: 'ru', text: 'После обновления Acme приложение на телефоне открывается по полминуты. Это только у меня?', labels: ['Acme'], intent: 'complaint', sentiment: 'negative' },
  { lang: 'ru', text: 'Перешли с Globex на Acme — поиск по вложениям наконец-то работает как надо.', labels: ['Acme', 'Globex'], intent: 'praise', sentiment: 'positive' },
  { lang: 'ru', text: 'Сколько стоит командный тариф Globex, если нас восемь человек? На сайте цены не найти.', labels: ['Globex'], intent: 'buying', sentiment: 'neutral' },
  { lang: 'fi', text: 'Saako Acme Notesin jaetut muistikirjat näkymään myös ulkopuolisille, vai pitääkö kaikilla olla tunnus?', labels: ['Acme'], intent: 'question', sentiment: 'neutral' },
  { lang: 'fi', text: 'Acmen synkronointi hukkasi taas eilisen palaverin muistiinpanot. Aika turhauttavaa.', labels: ['Acme'], intent: 'complaint', sentiment: 'negative' },
  { lang: 'fi', text: 'Käytän Acmea gradun lähteiden hallintaan ja on kyllä toiminut moitteetta.', labels: ['Acme'], intent: 'praise', sentiment: 'positive' },
  { lang: 'fi', text: 'Kumpi kannattaa pienelle toimistolle, Globex vai Acme Notes? Hinta ratkaisee aika paljon.', labels: ['Acme', 'Globex'], intent: 'buying', sentiment: 'neutral' },
  { lang: 'sv', text: 'Går det att dela en anteckningsbok i Acme med någon som inte har konto?', labels: ['Acme'], intent: 'question', sentiment: 'neutral' },
  { lang: 'sv', text: 'Acme kraschar varje gång jag klistrar in en bild från mobilen. Någon som vet varför?', labels: ['Acme'], intent: 'complaint', sentiment: 'negative' },
  { lang: 'sv', text: 'Har kört Globex i två år nu och supporten svarar alltid samma dag, helt okej faktiskt.', labels: ['Globex'], intent: 'praise', sentiment: 'positive' },
  { lang: 'sv', text: 'Vad kostar Acme för en förening med tjugo medlemmar? Finns det rabatt för ideella?', labels: ['Acme'], intent: 'buying', sentiment: 'neutral' },
];

const PEOPLE: Record<Sample['lang'], string[]> = {
  en: ['Dana Whitfield', 'Marcus Lee', 'Priya Raman', 'Tom Okafor', 'Hannah Cole', 'Evan Brooks', 'Leah Park', 'Sam Ortiz'],
  ru: ['Ольга Смирнова', 'Дмитрий Ёлкин', 'Анна Кузнецова', 'Игорь Белов', 'Марина Орлова'],
  fi: ['Mirja Korhonen', 'Juha Mäkelä', 'Aino Lehtonen', 'Ville Järvinen', 'Sanna Heikkilä'],
  sv: ['Åsa Lindström', 'Erik Sjöberg', 'Karin Holm', 'Johan Ek', 'Maja Björk'],
};

const SITES_BY_LANG: Record<Sample['lang'], SiteId[]> = {
  en: ['x', 'x', 'reddit', 'reddit', 'linkedin', 'hn'],
  ru: ['x', 'discourse', 'reddit'],
  fi: ['xenforo', 'xenforo', 'x', 'linkedin'],
  sv: ['phpbb', 'x', 'reddit'],
};

const RULES = ['hard-sell', 'missing-disclosure', 'too-long', 'ignores-question', 'link-first', 'self-focused', 'not-personal'];
const RESULTS = ['thanked', 'resolved', 'answered', 'answered', 'ignored', 'handed-off'];

export interface History {
  posts: SeenPostInput[];
  events: JournalEventInput[];
}

/**
 * `days` of history ending at `end`, about `eventsWanted` events. Early weeks reply more and
 * listen less; draft-check rules fire less as weeks go by; complaints about Acme spike
 * `spikeDaysAgo` days before the end.
 */
export function makeHistory(end: number, days: number, eventsWanted: number, spikeDaysAgo = 6): History {
  const random = rng(20251120);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const posts: SeenPostInput[] = [];
  const events: JournalEventInput[] = [];
  const start = end - days * DAY;
  const spikeDay = Math.floor(end / DAY) - spikeDaysAgo;
  let n = 0;
  while (events.length < eventsWanted) {
    n += 1;
    let sample = pick(SAMPLES);
    let at = start + Math.floor(random() * (days * DAY - 2 * 3_600_000));
    // The spike: extra Acme complaints on one day.
    if (n % 190 === 0) {
      sample = pick(SAMPLES.filter((s) => s.intent === 'complaint' && s.labels.includes('Acme')));
      at = spikeDay * DAY + Math.floor(random() * 20 * 3_600_000);
    }
    const site = pick(SITES_BY_LANG[sample.lang]);
    // A few loud voices, a middle that keeps coming back, a long tail seen once.
    const names = PEOPLE[sample.lang];
    const tail = random() < 0.55;
    const name = tail ? `${pick(names).split(' ')[0]} ${String.fromCharCode(65 + Math.floor(random() * 26))}.` : names[Math.floor(names.length * random() ** 2)]!;
    const handle = name.toLocaleLowerCase('und').replace(/[^\p{L}\p{N}]+/gu, '_') + (tail ? String(n % 997) : '');
    const id = `${site}-h${n}`;
    posts.push({
      site,
      id,
      author: { name, handle },
      text: sample.text,
      labels: sample.labels,
      intent: sample.intent,
      sentiment: sample.sentiment,
      lang: sample.lang,
      at,
    });
    const progress = (at - start) / (days * DAY);
    let step = 0;
    const add = (kind: EventKind, data?: Record<string, unknown>): void => {
      step += 1;
      const event: JournalEventInput = { id: `${id}:${step}:${kind}`, kind, at: at + step * Math.round((2 + random() * 40) * MIN), site, postId: id, labels: sample.labels };
      if (data) event.data = data;
      events.push(event);
    };
    add('seen');
    if (random() < 0.4) add('opened');
    if (random() < 0.3 + 0.25 * progress) {
      add('listened', { seconds: Math.round(30 + random() * 240) });
      const replies = sample.intent === 'question' || sample.intent === 'complaint' || sample.intent === 'buying';
      if (replies && random() < 0.75 - 0.35 * progress) {
        add('need-named', { need: sample.intent });
        add('template-chosen', { templateId: `${sample.lang}-${sample.intent}-1` });
        const findings = RULES.filter((_rule, index) => random() < (0.32 - 0.22 * progress) * (1 - index * 0.08)).map((rule) => ({ rule }));
        add('draft-checked', { findings });
        if (random() < 0.8) {
          const asks = random() < 0.2 - 0.12 * progress ? ['own-link'] : [];
          add(random() < 0.8 ? 'inserted' : 'copied', { draftId: `${id}-draft`, asks });
          if (random() < 0.7) add('outcome', { result: pick(RESULTS) });
        }
      } else if (random() < 0.4) {
        add('no-reply-needed', { reason: 'already answered well' });
      }
    }
  }
  events.length = Math.min(events.length, eventsWanted);
  return { posts, events };
}
