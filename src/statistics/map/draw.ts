import { esc, r1, svgDocument, text, wrap } from '../../documents/svg.js';
import type { MapGeometry } from './projection.js';
import { ratioScale, valueScale, type Classify, type MapMode, type MapScale } from './scale.js';

/**
 * A municipality map as one SVG string (pure: the server puts it in Word and PDF through `figure`, the
 * browser can show the same string). Every text comes from the caller; nothing user-facing is written here.
 */
export interface MapOptions {
  /** Municipality code → value; a missing code, `null` or a non-finite number is "missing". */
  values: ReadonlyMap<string, number | null>;
  /** `value`: sequential classes; `ratio`: women/men, diverging around 1. */
  mode: MapMode;
  /** The SVG's <title> (its accessible name, a figure's title). */
  title: string;
  /** Above the legend, e.g. "Andel (%)" or "Kvinnor/män (1 = jämställt)". */
  legendTitle: string;
  /** For a missing value, in the legend and in the area's tooltip, e.g. "uppgift saknas". */
  missingLabel: string;
  lang: 'sv' | 'en';
  /** A line under the legend, e.g. "Kartdata: Valmyndigheten (förenklad)". */
  sourceNote?: string;
  /** The <desc> (a figure's alt text); by default the title, legend title and every area's value. */
  desc?: string;
  /** Prefix of the SVG's ids (title, desc, pattern), unique on a page that shows several maps. */
  id?: string;
  /** Value mode: equal-width classes (default) or quantiles (for skewed figures such as population). */
  classify?: Classify;
  /** Ratio mode: fixed (r1, r2) bounds, e.g. [1.1, 1.25], so that several maps share one scale. */
  ratioBounds?: [number, number];
  /** How a value is written in tooltips and the description; by default the locale's number format. */
  format?: (v: number) => string;
}

const PAD = 12;
const GAP = 24;
const LEGEND_W = 210;
const ROW = 24;
const INK = '#1f2328';
const MUTED = '#57606a';
const BORDER = '#57606a';
export const MISSING_INK = '#6e7781';

const LOCALES = { sv: 'sv-SE', en: 'en-GB' } as const;

/** The scale the map uses for these values (exported so a web component colours the same way). */
export function mapScaleFor(
  geometry: MapGeometry,
  o: Pick<MapOptions, 'values' | 'mode' | 'classify' | 'ratioBounds'>,
) {
  const shown = geometry.areas.map((a) => o.values.get(a.code) ?? null);
  return o.mode === 'ratio' ? ratioScale(shown, o.ratioBounds) : valueScale(shown, o.classify);
}

/** The legend's label of each class, e.g. "10,5 – 12,0", or "≤ 0,80" and "≥ 1,25" at a ratio scale's ends. */
export function classLabels(scale: MapScale, lang: 'sv' | 'en'): string[] {
  const nf = new Intl.NumberFormat(LOCALES[lang], {
    minimumFractionDigits: scale.digits,
    maximumFractionDigits: scale.digits,
  });
  return scale.classes.map((c) =>
    c.lower === -Infinity
      ? `≤ ${nf.format(c.upper)}`
      : c.upper === Infinity
        ? `≥ ${nf.format(c.lower)}`
        : `${nf.format(c.lower)} – ${nf.format(c.upper)}`,
  );
}

const hatch = (id: string) =>
  `<defs><pattern id="${id}-missing" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect x="0" y="0" width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="${MISSING_INK}" stroke-width="2"/></pattern></defs>`;

export function drawCountyMap(geometry: MapGeometry, o: MapOptions): string {
  // Used in attributes and url(#…): letters, digits, - and _ only.
  const id = (o.id ?? 'municipality-map').replace(/[^A-Za-z0-9_-]/g, '-');
  const scale = mapScaleFor(geometry, o);
  const nf = new Intl.NumberFormat(LOCALES[o.lang], {
    minimumFractionDigits: o.mode === 'ratio' ? 2 : 0,
    maximumFractionDigits: o.mode === 'ratio' ? 2 : Math.max(1, scale.digits),
  });
  const format = o.format ?? ((v: number) => nf.format(v));
  const missingFill = `url(#${id}-missing)`;

  const entries: string[] = [];
  const paths: string[] = [];
  let anyMissing = false;
  for (const a of geometry.areas) {
    const v = o.values.get(a.code);
    const k = scale.classOf(v);
    const shown = k === null ? o.missingLabel : format(v as number);
    if (k === null) anyMissing = true;
    entries.push(`${a.name}: ${shown}`);
    paths.push(
      `<path data-code="${a.code}"${k === null ? ' data-missing="true"' : ` data-class="${k}"`} fill="${k === null ? missingFill : scale.classes[k].colour}" d="${a.d}"><title>${esc(`${a.name}: ${shown}`)}</title></path>`,
    );
  }

  const body: string[] = [hatch(id)];
  body.push(
    `<g transform="translate(${PAD} ${PAD})" stroke="${BORDER}" stroke-width="0.5" stroke-linejoin="round" fill-rule="evenodd">`,
    ...paths,
    '</g>',
  );

  const x0 = PAD + geometry.width + GAP;
  let y = PAD;
  for (const line of wrap(o.legendTitle, 24, 3)) {
    y += 16;
    body.push(text(x0, y, line, { size: 13, weight: 'bold', fill: INK }));
  }
  y += 10;
  const item = (fill: string, label: string, attrs: string) => {
    const lines = wrap(label, 24, 2);
    body.push(
      `<g ${attrs}><rect x="${r1(x0)}" y="${y}" width="22" height="16" fill="${fill}" stroke="${BORDER}" stroke-width="0.8"/>${lines.map((l, i) => text(x0 + 30, y + 12.5 + i * 15, l, { size: 12.5, fill: INK })).join('')}</g>`,
    );
    y += ROW + (lines.length - 1) * 15;
  };
  const labels = classLabels(scale, o.lang);
  scale.classes.forEach((c, i) => item(c.colour, labels[i], `class="legend-class" data-class="${i}"`));
  if (anyMissing) item(missingFill, o.missingLabel, 'class="legend-missing"');
  if (o.sourceNote) {
    y += 6;
    for (const line of wrap(o.sourceNote, 34, 3)) {
      y += 14;
      body.push(text(x0, y, line, { size: 11, fill: MUTED }));
    }
  }

  const width = Math.ceil(x0 + LEGEND_W + PAD);
  const height = Math.ceil(Math.max(PAD + geometry.height + PAD, y + PAD));
  const desc = o.desc ?? `${o.title}. ${o.legendTitle}. ${entries.join('; ')}.`;
  return svgDocument(width, height, o.title, desc, body, id);
}
