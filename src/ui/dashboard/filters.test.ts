import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, filtersToSearch, isFiltered, parseFilters, toMetricFilter } from './filters';

const NOW = Date.UTC(2025, 2, 4, 15, 30);
const DAY = 86_400_000;

describe('dashboard filters', () => {
  it('turns "last 7 days" into seven whole UTC days ending today', () => {
    const filter = toMetricFilter({ ...DEFAULT_FILTERS, range: '7' }, NOW);
    expect(filter.to).toBe(Date.UTC(2025, 2, 5));
    expect(filter.from).toBe(Date.UTC(2025, 1, 26));
    expect((filter.to ?? 0) - (filter.from ?? 0)).toBe(7 * DAY);
  });

  it('leaves "all time" open at both ends and adds site and watch item', () => {
    expect(toMetricFilter(DEFAULT_FILTERS, NOW)).toEqual({});
    expect(toMetricFilter({ ...DEFAULT_FILTERS, site: 'reddit', label: 'Acme Notes' }, NOW)).toEqual({ sites: ['reddit'], labels: ['Acme Notes'] });
  });

  it('includes both chosen days of a custom range, whichever order they were entered in', () => {
    const forward = toMetricFilter({ ...DEFAULT_FILTERS, range: 'custom', from: '2025-03-01', to: '2025-03-03' }, NOW);
    expect(forward).toEqual({ from: Date.UTC(2025, 2, 1), to: Date.UTC(2025, 2, 4) });
    const backward = toMetricFilter({ ...DEFAULT_FILTERS, range: 'custom', from: '2025-03-03', to: '2025-03-01' }, NOW);
    expect(backward).toEqual(forward);
    expect(toMetricFilter({ ...DEFAULT_FILTERS, range: 'custom', from: '2025-03-01', to: '' }, NOW)).toEqual({ from: Date.UTC(2025, 2, 1) });
  });

  it('round-trips through the page address and ignores what it does not know', () => {
    const state = { range: 'custom', from: '2025-01-01', to: '2025-01-31', site: 'x', label: 'Отчёты' } as const;
    expect(parseFilters(filtersToSearch(state))).toEqual(state);
    expect(filtersToSearch(DEFAULT_FILTERS)).toBe('');
    expect(parseFilters('?range=forever&site=myspace&from=yesterday')).toEqual(DEFAULT_FILTERS);
    expect(isFiltered(DEFAULT_FILTERS)).toBe(false);
    expect(isFiltered({ ...DEFAULT_FILTERS, label: 'Acme' })).toBe(true);
  });
});
