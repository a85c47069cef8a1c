import { esc, figure, svgDocument, svgText as text, wrap, type Block } from '../../documents/index.js';
import { pct } from './format.js';
import type { Locale } from './texts.js';

/**
 * A horizontal 100 % stacked bar chart as SVG. Readable without colour: every category has its own
 * pattern as well as its own colour, each segment wide enough carries its count in a white chip,
 * each bar has its n beside it and the legend shows the patterns. The figures are in a table too.
 */
export interface StackedBar {
  label: string;
  /** One count per category. */
  values: number[];
}
export interface StackedChart {
  id: string;
  title: string;
  categories: string[];
  bars: StackedBar[];
  /** A style per category (index into the patterns); by default 0, 1, 2 … */
  styles?: number[];
  nLabel: (n: number) => string;
  emptyLabel: string;
  locale: Locale;
}

const W = 640;
const N_W = 64;
const TOP = 40;
const ROW = 46;
const BAR_H = 28;
const INK = '#1f2328';
const GRID = '#d0d7de';

/** Colour plus a pattern drawn over it, so that the categories differ in greyscale and print. */
const STYLES: { fill: string; overlay: string }[] = [
  { fill: '#1f4e79', overlay: '' },
  { fill: '#6f9fd1', overlay: '<line x1="0" y1="0" x2="0" y2="8" stroke="#ffffff" stroke-width="2.6"/>' },
  {
    fill: '#f3dcae',
    overlay: '<circle cx="2" cy="2" r="1.3" fill="#6b4e16"/><circle cx="6" cy="6" r="1.3" fill="#6b4e16"/>',
  },
  { fill: '#b4441f', overlay: '<path d="M0 4 H8 M4 0 V8" stroke="#ffffff" stroke-width="1.4"/>' },
  { fill: '#d0d7de', overlay: '<path d="M0 2 H8 M0 6 H8" stroke="#57606a" stroke-width="1.1"/>' },
  { fill: '#ffffff', overlay: '<line x1="0" y1="0" x2="0" y2="8" stroke="#57606a" stroke-width="1.4"/>' },
  { fill: '#ffffff', overlay: '' },
];
const ROTATE = [0, 45, 0, 0, 0, -45, 0];

/** Plain fills stay plain (a one-colour pattern tiles visibly in some PDF viewers). */
const paint = (id: string, i: number) => (STYLES[i].overlay ? `url(#${id}-p${i})` : STYLES[i].fill);

function patterns(id: string): string {
  return `<defs>${STYLES.map((s, i) =>
    !s.overlay
      ? ''
      : `<pattern id="${id}-p${i}" patternUnits="userSpaceOnUse" width="8" height="8"${ROTATE[i] ? ` patternTransform="rotate(${ROTATE[i]})"` : ''}><rect x="0" y="0" width="8" height="8" fill="${s.fill}"/>${s.overlay}</pattern>`,
  ).join('')}</defs>`;
}

const chip = (cx: number, cy: number, label: string): string => {
  const w = 10 + label.length * 7.6;
  return `<rect x="${(cx - w / 2).toFixed(1)}" y="${cy - 9}" width="${w.toFixed(1)}" height="18" rx="4" fill="#ffffff" stroke="${INK}" stroke-width="0.6"/>${text(cx, cy + 4.5, label, { size: 12, weight: 'bold', anchor: 'middle' })}`;
};

/** The legend's items placed in rows; returns the SVG and its height. */
function legend(c: StackedChart, styleOf: (i: number) => number, y0: number): { svg: string[]; height: number } {
  const out: string[] = [];
  let x = 20;
  let y = y0;
  c.categories.forEach((label, i) => {
    const w = 34 + label.length * 7.4;
    if (x + w > W - 10 && x > 20) {
      x = 20;
      y += 26;
    }
    out.push(
      `<rect x="${x}" y="${y}" width="22" height="16" fill="${paint(c.id, styleOf(i))}" stroke="${INK}" stroke-width="0.8"/>`,
    );
    out.push(text(x + 28, y + 13, label, { size: 12.5 }));
    x += w + 14;
  });
  return { svg: out, height: y - y0 + 26 };
}

export function stackedBarSvg(c: StackedChart): string {
  const styleOf = (i: number) => (c.styles?.[i] ?? i) % STYLES.length;
  // The label column as wide as the longest label needs (two lines of at most 24 characters).
  const LABEL_W = Math.min(200, Math.max(44, ...c.bars.map((b) => Math.min(24, b.label.length) * 7.4 + 8)));
  const X0 = LABEL_W + 12;
  const BAR_W = W - X0 - N_W - 8;
  const body: string[] = [patterns(c.id)];
  const bottom = TOP + c.bars.length * ROW;
  for (const p of [0, 25, 50, 75, 100]) {
    const x = X0 + (BAR_W * p) / 100;
    body.push(
      `<line x1="${x}" y1="${TOP - 8}" x2="${x}" y2="${bottom}" stroke="${GRID}" stroke-width="1" stroke-dasharray="3 3"/>`,
    );
    body.push(text(x, TOP - 14, pct(p, c.locale), { size: 11.5, anchor: 'middle', fill: '#57606a' }));
  }
  c.bars.forEach((b, k) => {
    const y = TOP + k * ROW + (ROW - BAR_H) / 2;
    const lines = wrap(b.label, 24, 2);
    lines.forEach((l, i) =>
      body.push(text(LABEL_W, y + BAR_H / 2 + 5 + (i - (lines.length - 1) / 2) * 15, l, { size: 12.5, anchor: 'end' })),
    );
    const total = b.values.reduce((s, v) => s + v, 0);
    body.push(`<g class="bar" data-bar="${esc(b.label)}">`);
    if (!total) {
      body.push(
        `<rect x="${X0}" y="${y}" width="${BAR_W}" height="${BAR_H}" fill="#ffffff" stroke="${GRID}" stroke-dasharray="4 3"/>`,
      );
      body.push(text(X0 + BAR_W / 2, y + BAR_H / 2 + 5, c.emptyLabel, { size: 12, anchor: 'middle', fill: '#57606a' }));
    } else {
      let x = X0;
      b.values.forEach((v, i) => {
        if (!v) return;
        const w = (BAR_W * v) / total;
        body.push(
          `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR_H}" fill="${paint(c.id, styleOf(i))}" stroke="#ffffff" stroke-width="1.5"/>`,
        );
        if (w >= 12 + String(v).length * 7.6) body.push(chip(x + w / 2, y + BAR_H / 2, String(v)));
        x += w;
      });
      body.push(
        `<rect x="${X0}" y="${y}" width="${BAR_W}" height="${BAR_H}" fill="none" stroke="${INK}" stroke-width="1"/>`,
      );
    }
    body.push('</g>');
    body.push(text(X0 + BAR_W + 10, y + BAR_H / 2 + 5, c.nLabel(total), { size: 12.5, fill: '#57606a' }));
  });
  const leg = legend(c, styleOf, bottom + 16);
  body.push(...leg.svg);
  const desc = c.bars
    .map(
      (b) =>
        `${b.label}: ${c.categories.map((cat, i) => `${cat} ${b.values[i] ?? 0}`).join(', ')} (${c.nLabel(b.values.reduce((s, v) => s + v, 0))})`,
    )
    .join('. ');
  return svgDocument(W, Math.ceil(bottom + 16 + leg.height + 8), c.title, `${c.title}. ${desc}.`, body, c.id);
}

/** The chart as a figure block: vectors with real text in the PDF, a picture in Word. */
export const chartFigure = (chart: StackedChart, caption: string): Block => figure(stackedBarSvg(chart), caption);
