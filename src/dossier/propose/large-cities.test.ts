import { describe, expect, it } from 'vitest';
import { largeCityNames } from '../../../scripts/large-cities';
import { LARGE_CITIES } from './large-cities';

describe('the large-city list', () => {
  it('is what the gazetteer package says today (else: npm run cities)', () => {
    expect([...LARGE_CITIES]).toEqual(largeCityNames());
  });
});
