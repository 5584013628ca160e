import { describe, expect, it } from 'vitest';
import { AU_COUNTRY_CODES } from '../../domain';
import { COUNTRIES, REGION_SHADES, shadeBands, shadeOf } from './geography';

describe('the map’s geography', () => {
  it('holds a shape for every AU member state and the United States', () => {
    const codes = new Set(COUNTRIES.map((country) => country.properties.code));
    expect([...AU_COUNTRY_CODES, 'US'].filter((code) => !codes.has(code))).toEqual([]);
  });

  it('shades none in the lightest shade and the largest count in the darkest', () => {
    expect([shadeOf(0, 2), shadeOf(1, 2), shadeOf(2, 2)]).toEqual([REGION_SHADES[0], REGION_SHADES[3], REGION_SHADES[5]]);
    expect([shadeOf(0, 0), shadeOf(1, 300), shadeOf(300, 300)]).toEqual([REGION_SHADES[0], REGION_SHADES[1], REGION_SHADES[5]]);
  });

  it('bands the counts without gaps from zero to the largest', () => {
    expect(shadeBands(300).map(({ from, to }) => [from, to])).toEqual([[0, 0], [1, 60], [61, 120], [121, 180], [181, 240], [241, 300]]);
    expect(shadeBands(7).map(({ from, to }) => [from, to])).toEqual([[0, 0], [1, 2], [3, 4], [5, 6], [7, 7]]);
  });
});
