// The dashboard's filters (date range, site, watch item) and the rule that practice never counts.
import type { JournalEvent } from '../journal';
import type { SiteId } from '../model';

export interface MetricFilter {
  /** Inclusive, ms epoch. */
  from?: number;
  /** Exclusive, ms epoch. */
  to?: number;
  sites?: readonly SiteId[];
  /** Watch item labels; an event matches when it carries any of them. */
  labels?: readonly string[];
}

/** Practice attempts (issue 8) live in their own table; a flagged row that slips through still never counts. */
export function isPractice(event: Pick<JournalEvent, 'data'>): boolean {
  return event.data?.practice === true;
}

export function matchesFilter(
  row: { at: number; site: SiteId; labels: readonly string[] },
  filter: MetricFilter,
): boolean {
  if (filter.from !== undefined && row.at < filter.from) return false;
  if (filter.to !== undefined && row.at >= filter.to) return false;
  if (filter.sites && filter.sites.length > 0 && !filter.sites.includes(row.site)) return false;
  if (filter.labels && filter.labels.length > 0 && !row.labels.some((label) => filter.labels?.includes(label))) {
    return false;
  }
  return true;
}

/** Real (non-practice) events that pass the filter. */
export function selectEvents(events: readonly JournalEvent[], filter: MetricFilter = {}): JournalEvent[] {
  return events.filter((event) => !isPractice(event) && matchesFilter(event, filter));
}

export function postKey(site: SiteId, postId: string): string {
  return `${site}\u0000${postId}`;
}
