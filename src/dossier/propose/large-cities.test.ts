import { describe, expect, it } from 'vitest';
import { germanCityNames, largeCityNames } from '../../../scripts/large-cities';
import { GERMAN_CITY_NAMES, LARGE_CITIES } from './large-cities';

describe('the large-city list', () => {
  it('is what the gazetteer package says today (else: npm run cities)', () => {
    expect([...LARGE_CITIES]).toEqual(largeCityNames());
    expect([...GERMAN_CITY_NAMES]).toEqual(germanCityNames());
  });
});
