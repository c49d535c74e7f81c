// What the filters can offer: the sites and watch items present in the journal, and its size.
// Read from the tallies' primary keys (one per day, site and label), never from every post.
import type { SiteId } from '../../core/model';
import type { HearkenDB } from '../../db/database';

export interface JournalFacets {
  sites: SiteId[];
  labels: string[];
  events: number;
  posts: number;
  people: number;
}

export async function journalFacets(db: HearkenDB): Promise<JournalFacets> {
  const [tallyKeys, activityKeys, events, posts, people] = await Promise.all([
    db.tallies.toCollection().primaryKeys(),
    db.activity.toCollection().primaryKeys(),
    db.events.count(),
    db.posts.count(),
    db.people.count(),
  ]);
  const sites = new Set<SiteId>();
  const labels = new Set<string>();
  for (const [, site, label] of [...tallyKeys, ...activityKeys] as [number, SiteId, string][]) {
    sites.add(site);
    if (label !== '') labels.add(label);
  }
  const collator = new Intl.Collator();
  return {
    sites: [...sites].sort(),
    labels: [...labels].sort(collator.compare),
    events,
    posts,
    people,
  };
}
