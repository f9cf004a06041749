import { describe, expect, it } from 'vitest';
import { offset } from '../../../test/support/geo.ts';
import { distanceMeters } from '../src/geo/distance.ts';
import { coveringCells, encodeGeohash, MAX_NEAR_RADIUS_METERS } from '../src/geo/geohash.ts';

describe('geohash', () => {
  it('encodes known points', () => {
    // reference values from the geohash definition (Gustavo Niemeyer's examples)
    expect(encodeGeohash(57.64911, 10.40744, 11)).toBe('u4pruydqqvj');
    expect(encodeGeohash(39.9042, 116.4074, 6)).toBe('wx4g0b');
  });

  it('measures distance on the sphere', () => {
    const wuhai = { lat: 39.6739, lng: 106.8255 };
    expect(distanceMeters(wuhai, offset(wuhai, 900, 45))).toBeCloseTo(900, 3);
  });

  it('covers every point of the circle with the cells it returns', () => {
    const places = [
      { lat: 39.6739, lng: 106.8255 }, // 乌海
      { lat: 42.2578, lng: 118.8878 }, // 赤峰
      { lat: 53.48, lng: 122.37 }, // 漠河, China's northern tip
      { lat: 18.25, lng: 109.5 }, // 三亚
    ];
    for (const centre of places) {
      for (const radius of [100, 1_000, 5_000, 20_000, MAX_NEAR_RADIUS_METERS]) {
        const cells = coveringCells(centre.lat, centre.lng, radius);
        expect(cells.length).toBeLessThanOrEqual(9);
        for (let bearing = 0; bearing < 360; bearing += 15) {
          for (const fraction of [0.5, 0.99]) {
            const point = offset(centre, radius * fraction, bearing);
            const hash = encodeGeohash(point.lat, point.lng);
            expect(
              cells.some((cell) => hash.startsWith(cell)),
              `${radius} m at ${bearing}° from ${centre.lat}`,
            ).toBe(true);
          }
        }
      }
    }
  });
});
