import { describe, expect, it } from 'vitest';
import { polygonArea } from '../src/map/area.ts';

// The area shown beside a grid's boundary, against the exact area of a latitude-longitude
// rectangle on a sphere of the same radius: R² · Δλ · (sin φ₂ − sin φ₁).
const R = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;
const exact = (south: number, north: number, west: number, east: number) =>
  R * R * rad(east - west) * (Math.sin(rad(north)) - Math.sin(rad(south)));

describe('polygonArea', () => {
  it('gives the area of a grid-sized rectangle within 0.1% at Chifeng and Wuhai latitudes', () => {
    for (const [south, west, size] of [
      [42.25, 118.88, 0.01],
      [39.65, 106.8, 0.03],
    ] as const) {
      const [north, east] = [south + size, west + size];
      const corners = [
        { lat: south, lng: west },
        { lat: south, lng: east },
        { lat: north, lng: east },
        { lat: north, lng: west },
      ];
      const area = polygonArea(corners);
      expect(Math.abs(area / exact(south, north, west, east) - 1)).toBeLessThan(0.001);
      // either way round
      expect(polygonArea([...corners].reverse())).toBeCloseTo(area, 6);
    }
  });

  it('counts a triangle as half its rectangle, and fewer than three corners as nothing', () => {
    const rectangle = polygonArea([
      { lat: 42, lng: 119 },
      { lat: 42, lng: 119.01 },
      { lat: 42.01, lng: 119.01 },
      { lat: 42.01, lng: 119 },
    ]);
    const triangle = polygonArea([
      { lat: 42, lng: 119 },
      { lat: 42, lng: 119.01 },
      { lat: 42.01, lng: 119.01 },
    ]);
    expect(triangle / rectangle).toBeCloseTo(0.5, 3);
    expect(polygonArea([{ lat: 42, lng: 119 }])).toBe(0);
    expect(polygonArea([])).toBe(0);
  });
});
