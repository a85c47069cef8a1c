/**
 * Maps of a county's municipalities (issue 13, item 4), coloured by a key figure's value or by its
 * women/men ratio, drawn as SVG for Word and PDF (`figure(svg, caption)` in src/documents) and for the page.
 *
 * Server: `countyMapSvg({ countyCode: '23', values, mode, title, legendTitle, missingLabel, lang })`.
 * Browser: the same SVG string from a route, or `countyGeometry(code)` (plain JSON: size and each area's
 * path) with `drawCountyMap` / `mapScaleFor` from the pure files (draw.ts, scale.ts, projection.ts).
 */
import { drawCountyMap, type MapOptions } from './draw.js';
import { countyGeometry, DEFAULT_GEO_DIR } from './geo.js';

export { classLabels, drawCountyMap, mapScaleFor, type MapOptions } from './draw.js';
export {
  countyCodes,
  countyGeometry,
  countyMunicipalities,
  DEFAULT_GEO_DIR,
  municipalities,
  normaliseCountyCode,
} from './geo.js';
export { fitGeometry, transverseMercator, type MapArea, type MapGeometry } from './projection.js';
export { contrast, ratioScale, valueScale, type MapClass, type MapMode, type MapScale } from './scale.js';

export interface CountyMapOptions extends MapOptions {
  /** A county code (`'23'` Jämtland, `'13'` Halland; `'1'` = `'01'`), or `null` for all of Sweden. */
  countyCode: string | number | null;
  /** Where `swedish_municipalities.geojson` lies; by default this module's `data/`. */
  geoDir?: string;
}

/** A county's (or Sweden's) municipality map as an SVG string; an unknown county code throws a RangeError. */
export function countyMapSvg({ countyCode, geoDir = DEFAULT_GEO_DIR, ...options }: CountyMapOptions): string {
  const code = countyCode === null ? 'se' : String(countyCode).padStart(2, '0');
  return drawCountyMap(countyGeometry(countyCode, geoDir), { id: `county-map-${code}`, ...options });
}
