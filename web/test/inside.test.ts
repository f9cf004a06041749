import { describe, expect, it } from 'vitest';
import { inside } from '../src/map/inside.ts';

// Which drawn grid holds a request's location: the point-in-polygon test the request form
// fills the grid with.
const square = [
  { lat: 42.8, lng: 121.74 },
  { lat: 42.8, lng: 121.75 },
  { lat: 42.81, lng: 121.75 },
  { lat: 42.81, lng: 121.74 },
];
// an L: the square with its north-east quarter cut away
const ell = [
  { lat: 42.8, lng: 121.74 },
  { lat: 42.8, lng: 121.75 },
  { lat: 42.805, lng: 121.75 },
  { lat: 42.805, lng: 121.745 },
  { lat: 42.81, lng: 121.745 },
  { lat: 42.81, lng: 121.74 },
];

describe('inside', () => {
  it('holds a point within the boundary, in either direction of drawing', () => {
    const point = { lat: 42.805, lng: 121.745 };
    expect(inside(point, square)).toBe(true);
    expect(inside(point, [...square].reverse())).toBe(true);
  });

  it('leaves out points beyond each side', () => {
    for (const point of [
      { lat: 42.799, lng: 121.745 },
      { lat: 42.811, lng: 121.745 },
      { lat: 42.805, lng: 121.739 },
      { lat: 42.805, lng: 121.751 },
    ]) {
      expect(inside(point, square), JSON.stringify(point)).toBe(false);
    }
  });

  it('follows a concave boundary: the cut-away corner is outside', () => {
    expect(inside({ lat: 42.8025, lng: 121.7475 }, ell)).toBe(true);
    expect(inside({ lat: 42.8075, lng: 121.7425 }, ell)).toBe(true);
    expect(inside({ lat: 42.8075, lng: 121.7475 }, ell)).toBe(false);
  });

  it('holds nothing in fewer than three corners', () => {
    expect(inside({ lat: 42.805, lng: 121.745 }, square.slice(0, 2))).toBe(false);
    expect(inside({ lat: 42.805, lng: 121.745 }, [])).toBe(false);
  });
});
