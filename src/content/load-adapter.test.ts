import { describe, expect, it } from 'vitest';
import { RECOGNISERS } from '../sites/recognise';
import { loadAdapter } from './load-adapter';

describe('loadAdapter', () => {
  it('loads, for every recognised site, the adapter of that site', async () => {
    for (const { id } of RECOGNISERS) {
      const adapter = await loadAdapter(id);
      expect(adapter.id).toBe(id);
    }
  });
});
