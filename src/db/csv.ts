// Posts and events as CSV for spreadsheets. Cells that a spreadsheet would run as a formula
// (=, +, -, @ at the start) are escaped: page text is never trusted.
import Papa from 'papaparse';
import type { JournalEvent, SeenPost } from '../core/journal';

const iso = (at: number): string => new Date(at).toISOString();

export function eventsToCsv(events: readonly JournalEvent[]): string {
  return Papa.unparse(
    {
      fields: ['id', 'kind', 'at', 'site', 'postId', 'labels', 'data'],
      data: events.map((event) => [
        event.id,
        event.kind,
        iso(event.at),
        event.site,
        event.postId,
        event.labels.join('; '),
        event.data === undefined ? '' : JSON.stringify(event.data),
      ]),
    },
    { escapeFormulae: true, newline: '\r\n' },
  );
}

export function postsToCsv(posts: readonly SeenPost[]): string {
  return Papa.unparse(
    {
      fields: [
        'site', 'id', 'permalink', 'author', 'handle', 'text', 'labels', 'intent', 'sentiment', 'lang',
        'firstSeen', 'lastSeen', 'seenCount',
      ],
      data: posts.map((post) => [
        post.site,
        post.id,
        post.permalink ?? '',
        post.author.name,
        post.author.handle ?? '',
        post.text,
        post.labels.join('; '),
        post.intent ?? '',
        post.sentiment ?? '',
        post.lang ?? '',
        iso(post.firstSeen),
        iso(post.lastSeen),
        post.seenCount,
      ]),
    },
    { escapeFormulae: true, newline: '\r\n' },
  );
}
