import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fitGeometry, type MapGeometry, type Polygon } from './projection.js';

/**
 * The municipality boundaries of `data/swedish_municipalities.geojson` (copied from the reference data; okfse/sweden-geojson:
 * WGS 84 longitude/latitude, 290 municipalities, simplified to 2 % with shared borders kept, outer rings
 * counter-clockwise, closed): read once per directory, then each county's projected geometry is kept too,
 * so a map costs only its colouring and string building.
 */
export interface Municipality {
  /** Four digits, e.g. `2305` (Bräcke). */
  code: string;
  name: string;
  /** Two digits, e.g. `23` (Jämtlands län). */
  countyCode: string;
  polygons: Polygon[];
}

/**
 * In the repository (`data/`, a copy of the project's reference data with its README: source and
 * licence), so a fresh clone and a deployment draw maps without anything beside them.
 */
export const DEFAULT_GEO_DIR = fileURLToPath(new URL('./data/', import.meta.url));
export const MUNICIPALITIES_FILE = 'swedish_municipalities.geojson';

const loaded = new Map<string, Municipality[]>();
const fitted = new Map<string, MapGeometry>();

type Position = [number, number];
interface Feature {
  properties?: { id?: unknown; kom_namn?: unknown; lan_code?: unknown };
  geometry?: { type?: unknown; coordinates?: unknown };
}

function ringsOf(file: string, code: string, g: Feature['geometry']): Polygon[] {
  const bad = () => new Error(`${file}: municipality ${code} has no Polygon or MultiPolygon geometry`);
  if (!g || !Array.isArray(g.coordinates)) throw bad();
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : null) as
    Position[][][] | null;
  if (!polygons) throw bad();
  for (const p of polygons)
    for (const ring of p)
      if (!Array.isArray(ring) || ring.some((q) => !Number.isFinite(q?.[0]) || !Number.isFinite(q?.[1]))) throw bad();
  return polygons;
}

/** Every municipality, sorted by code; read and checked once per directory. */
export function municipalities(dir = DEFAULT_GEO_DIR): Municipality[] {
  const cached = loaded.get(dir);
  if (cached) return cached;
  const file = `${dir.replace(/\/$/, '')}/${MUNICIPALITIES_FILE}`;
  let json: { features?: Feature[] };
  try {
    json = JSON.parse(readFileSync(file, 'utf8')) as { features?: Feature[] };
  } catch (e) {
    throw new Error(`Cannot read the municipality boundaries ${file}: ${(e as Error).message}`, { cause: e });
  }
  if (!Array.isArray(json.features)) throw new Error(`${file} is not a GeoJSON FeatureCollection`);
  const list = json.features.map((f): Municipality => {
    const { id, kom_namn: name, lan_code: county } = f.properties ?? {};
    if (typeof id !== 'string' || !/^\d{4}$/.test(id) || typeof name !== 'string' || typeof county !== 'string')
      throw new Error(`${file}: a feature without a 4-digit id, kom_namn and lan_code`);
    return { code: id, name, countyCode: county.padStart(2, '0'), polygons: ringsOf(file, id, f.geometry) };
  });
  list.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  loaded.set(dir, list);
  return list;
}

/** `'1'`, `1` and `'01'` are all Stockholms län. */
export const normaliseCountyCode = (code: string | number): string => String(code).trim().padStart(2, '0');

/** The county codes present in the data, sorted. */
export const countyCodes = (dir = DEFAULT_GEO_DIR): string[] =>
  [...new Set(municipalities(dir).map((m) => m.countyCode))].sort();

/** A county's municipalities (code and name, by code); the whole country for `null`; an unknown county throws. */
export function countyMunicipalities(
  countyCode: string | number | null,
  dir = DEFAULT_GEO_DIR,
): { code: string; name: string }[] {
  const all = municipalities(dir);
  if (countyCode === null) return all.map(({ code, name }) => ({ code, name }));
  const county = normaliseCountyCode(countyCode);
  const list = all.filter((m) => m.countyCode === county);
  if (!list.length) throw new RangeError(`No municipalities for county code ${String(countyCode)}`);
  return list.map(({ code, name }) => ({ code, name }));
}

/** The projected, fitted geometry of a county (or of Sweden for `null`), computed once. */
export function countyGeometry(countyCode: string | number | null, dir = DEFAULT_GEO_DIR): MapGeometry {
  const key = `${dir}\u0000${countyCode === null ? 'SE' : normaliseCountyCode(countyCode)}`;
  const cached = fitted.get(key);
  if (cached) return cached;
  const codes = new Set(countyMunicipalities(countyCode, dir).map((m) => m.code));
  const geometry = fitGeometry(municipalities(dir).filter((m) => codes.has(m.code)));
  fitted.set(key, geometry);
  return geometry;
}
