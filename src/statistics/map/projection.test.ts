import { describe, expect, it } from 'vitest';
import { countyGeometry } from './geo.js';
import { fitGeometry, MAP_BOX, transverseMercator } from './projection.js';

/** The absolute points of a path made by fitGeometry (`M x y l dx dy … z`, repeated). */
function points(d: string): [number, number][] {
  const out: [number, number][] = [];
  for (const ring of d.split('z').filter(Boolean)) {
    const [move, rest = ''] = ring.slice(1).split('l');
    let [x, y] = move.split(' ').map(Number);
    out.push([x, y]);
    const steps = rest.match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
    for (let i = 0; i < steps.length; i += 2) {
      x = Math.round((x + steps[i]) * 10) / 10;
      y = Math.round((y + steps[i + 1]) * 10) / 10;
      out.push([x, y]);
    }
  }
  return out;
}

describe('transverse Mercator on 15° E', () => {
  it('keeps the central meridian straight and the map symmetric about it', () => {
    const [x, y] = transverseMercator(15, 63);
    expect(x).toBeCloseTo(0, 12);
    expect(y).toBeCloseTo((63 * Math.PI) / 180, 12);
    const [xe, ye] = transverseMercator(20, 66);
    const [xw, yw] = transverseMercator(10, 66);
    expect(xe).toBeCloseTo(-xw, 12);
    expect(ye).toBeCloseTo(yw, 12);
    expect(xe).toBeGreaterThan(0);
  });

  it('is conformal: a small step east and a small step north keep their ratio at 67° N, 22° E', () => {
    const h = 1e-5;
    const [x0, y0] = transverseMercator(22, 67);
    const [x1, y1] = transverseMercator(22 + h / Math.cos((67 * Math.PI) / 180), 67);
    const [x2, y2] = transverseMercator(22, 67 + h);
    expect(Math.hypot(x1 - x0, y1 - y0) / Math.hypot(x2 - x0, y2 - y0)).toBeCloseTo(1, 4);
  });
});

describe('fitted geometry', () => {
  it('fits a county into the box, north up, and one side fills it', () => {
    const g = countyGeometry('23');
    expect(g.width).toBeLessThanOrEqual(MAP_BOX.width);
    expect(g.height).toBeLessThanOrEqual(MAP_BOX.height);
    expect(Math.max(g.width / MAP_BOX.width, g.height / MAP_BOX.height)).toBeCloseTo(1, 2);
    const all = g.areas.flatMap((a) => points(a.d));
    expect(Math.min(...all.map((p) => p[0]))).toBe(0);
    expect(Math.min(...all.map((p) => p[1]))).toBe(0);
    expect(Math.max(...all.map((p) => p[0]))).toBeCloseTo(g.width, 5);
    // Härjedalen is the county's south, Strömsund its north.
    const cy = (code: string) => {
      const ps = points(g.areas.find((a) => a.code === code)!.d);
      return ps.reduce((s, p) => s + p[1], 0) / ps.length;
    };
    expect(cy('2361')).toBeGreaterThan(cy('2313'));
  });

  it('draws Sweden taller than wide, as it is', () => {
    const g = countyGeometry(null);
    expect(g.areas).toHaveLength(290);
    expect(g.height).toBe(MAP_BOX.height);
    expect(g.height / g.width).toBeGreaterThan(1.9);
    expect(g.height / g.width).toBeLessThan(2.4);
  });

  it('keeps shared borders shared after rounding (no gaps between neighbours)', () => {
    const g = countyGeometry('23');
    const key = (p: [number, number]) => `${p[0]},${p[1]}`;
    const ragunda = new Set(points(g.areas.find((a) => a.code === '2303')!.d).map(key));
    const shared = points(g.areas.find((a) => a.code === '2305')!.d).filter((p) => ragunda.has(key(p)));
    expect(shared.length).toBeGreaterThan(10);
  });

  it('drops repeated points and rings that collapse, and closes every ring', () => {
    const square: [number, number][] = [
      [15, 60],
      [15.5, 60],
      [15.5, 60.5],
      [15, 60.5],
      [15, 60],
    ];
    const speck: [number, number][] = [
      [15.2, 60.2],
      [15.2000001, 60.2],
      [15.2, 60.2000001],
      [15.2, 60.2],
    ];
    const g = fitGeometry([{ code: '9999', name: 'Test', polygons: [[square, speck]] }], { width: 100, height: 100 });
    expect(g.areas[0].d.match(/M/g)).toHaveLength(1);
    expect(g.areas[0].d.endsWith('z')).toBe(true);
    expect(points(g.areas[0].d)).toHaveLength(4);
    expect(fitGeometry([])).toEqual({ width: 0, height: 0, areas: [] });
  });
});
