// The dashboard's filters as the reader sets them, kept in the page address so a reload or a
// bookmark shows the same view, and turned into the metrics' MetricFilter (UTC days).
import { SITE_IDS } from '../../core/model';
import type { SiteId } from '../../core/model';
import type { MetricFilter } from '../../core/metrics/filter';

export const RANGE_PRESETS = ['7', '30', '90', 'all', 'custom'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export interface FilterState {
  range: RangePreset;
  /** YYYY-MM-DD, inclusive; used when range is "custom". */
  from: string;
  /** YYYY-MM-DD, inclusive; used when range is "custom". */
  to: string;
  site: SiteId | '';
  label: string;
}

export const DEFAULT_FILTERS: FilterState = { range: 'all', from: '', to: '', site: '', label: '' };

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function dayStart(iso: string): number | undefined {
  if (!ISO_DAY.test(iso)) return undefined;
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return Number.isFinite(ms) ? ms : undefined;
}

export function parseFilters(search: string): FilterState {
  const params = new URLSearchParams(search);
  const range = params.get('range');
  const site = params.get('site') ?? '';
  return {
    range: (RANGE_PRESETS as readonly string[]).includes(range ?? '') ? (range as RangePreset) : DEFAULT_FILTERS.range,
    from: ISO_DAY.test(params.get('from') ?? '') ? (params.get('from') as string) : '',
    to: ISO_DAY.test(params.get('to') ?? '') ? (params.get('to') as string) : '',
    site: (SITE_IDS as readonly string[]).includes(site) ? (site as SiteId) : '',
    label: params.get('label') ?? '',
  };
}

export function filtersToSearch(state: FilterState): string {
  const params = new URLSearchParams();
  if (state.range !== DEFAULT_FILTERS.range) params.set('range', state.range);
  if (state.range === 'custom') {
    if (state.from) params.set('from', state.from);
    if (state.to) params.set('to', state.to);
  }
  if (state.site) params.set('site', state.site);
  if (state.label) params.set('label', state.label);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The metrics' filter: whole UTC days, "last 7 days" ending with today. */
export function toMetricFilter(state: FilterState, now: number): MetricFilter {
  const filter: MetricFilter = {};
  const tomorrow = (Math.floor(now / DAY_MS) + 1) * DAY_MS;
  if (state.range === '7' || state.range === '30' || state.range === '90') {
    filter.from = tomorrow - Number(state.range) * DAY_MS;
    filter.to = tomorrow;
  } else if (state.range === 'custom') {
    const from = dayStart(state.from);
    const to = dayStart(state.to);
    if (from !== undefined) filter.from = from;
    if (to !== undefined) filter.to = to + DAY_MS;
    // Dates entered the wrong way round still mean the days between them.
    if (filter.from !== undefined && filter.to !== undefined && filter.from >= filter.to) {
      const first = Math.min(from ?? 0, to ?? 0);
      const last = Math.max(from ?? 0, to ?? 0);
      filter.from = first;
      filter.to = last + DAY_MS;
    }
  }
  if (state.site) filter.sites = [state.site];
  if (state.label) filter.labels = [state.label];
  return filter;
}

export function isFiltered(state: FilterState): boolean {
  return state.range !== 'all' || state.site !== '' || state.label !== '';
}
