/**
 * Projection and SVG path data for municipality maps: pure, no I/O, so the browser can use it as well.
 *
 * The boundaries are WGS 84 longitude/latitude. They are drawn in a transverse Mercator projection on
 * SWEREF 99 TM's central meridian (15° E), on the sphere: conformal, so Kiruna and Malmö keep their shapes
 * on one map, where an equirectangular projection with one cos(latitude) squeezes the south and stretches
 * the north by a fifth or more. The ellipsoid's correction (under 0.5 %) is below a pixel at these sizes.
 */

/** A GeoJSON polygon: rings of [longitude, latitude], the first the outline, the others holes. */
export type Polygon = [number, number][][];

export interface MapArea {
  code: string;
  name: string;
  /** SVG path data in the map's pixels: absolute first point, relative after it, one decimal. */
  d: string;
}

/** A map ready to colour: its pixel size and each area's path, in code order. */
export interface MapGeometry {
  width: number;
  height: number;
  areas: MapArea[];
}

const DEG = Math.PI / 180;
const LON0 = 15 * DEG;

/** Spherical transverse Mercator on 15° E, unit sphere: [east, north]. */
export function transverseMercator(lon: number, lat: number): [number, number] {
  const l = lon * DEG - LON0;
  const p = lat * DEG;
  return [Math.atanh(Math.cos(p) * Math.sin(l)), Math.atan2(Math.tan(p), Math.cos(l))];
}

/** The box a map is fitted into (its longer side decides the scale). */
export const MAP_BOX = { width: 440, height: 560 };

/**
 * Projects the areas and scales them into `box` (keeping the aspect ratio), north up. Coordinates are
 * rounded to tenths of a pixel and points that fall on the previous one are dropped: neighbours share their
 * border points in this data, so both sides of a border drop the same ones and no gap opens.
 */
export function fitGeometry(
  areas: { code: string; name: string; polygons: Polygon[] }[],
  box: { width: number; height: number } = MAP_BOX,
): MapGeometry {
  const projected = areas.map((a) => ({
    ...a,
    polygons: a.polygons.map((p) => p.map((ring) => ring.map(([lon, lat]) => transverseMercator(lon, lat)))),
  }));
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const a of projected)
    for (const p of a.polygons)
      for (const ring of p)
        for (const [x, y] of ring) {
          if (x < minX) minX = x;
          if (x > maxX) maxX = x;
          if (y < minY) minY = y;
          if (y > maxY) maxY = y;
        }
  if (!projected.length || !(maxX > minX) || !(maxY > minY)) return { width: 0, height: 0, areas: [] };
  const scale = Math.min(box.width / (maxX - minX), box.height / (maxY - minY));
  const width = Math.round((maxX - minX) * scale * 10) / 10;
  const height = Math.round((maxY - minY) * scale * 10) / 10;
  // Integer tenths of a pixel, so relative steps add up exactly to the rounded absolute points.
  const tenths = ([x, y]: [number, number]): [number, number] => [
    Math.round((x - minX) * scale * 10),
    Math.round((maxY - y) * scale * 10),
  ];
  return {
    width,
    height,
    areas: projected.map((a) => ({
      code: a.code,
      name: a.name,
      d: a.polygons.map((p) => p.map((ring) => ringPath(ring.map(tenths))).join('')).join(''),
    })),
  };
}

const num = (tenths: number): string => String(tenths / 10);

/** One closed ring: `M x y l dx dy … z`, repeated points dropped; a ring that shrinks below a triangle is left out. */
function ringPath(points: [number, number][]): string {
  const kept: [number, number][] = [];
  for (const q of points) {
    const last = kept[kept.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) kept.push(q);
  }
  // The closing point repeats the first: `z` draws that line.
  while (kept.length > 1 && kept[0][0] === kept[kept.length - 1][0] && kept[0][1] === kept[kept.length - 1][1])
    kept.pop();
  if (kept.length < 3) return '';
  let d = `M${num(kept[0][0])} ${num(kept[0][1])}l`;
  for (let i = 1; i < kept.length; i++) {
    const dx = kept[i][0] - kept[i - 1][0];
    const dy = kept[i][1] - kept[i - 1][1];
    d += `${i > 1 && dx >= 0 ? ' ' : ''}${num(dx)}${dy >= 0 ? ' ' : ''}${num(dy)}`;
  }
  return `${d}z`;
}
