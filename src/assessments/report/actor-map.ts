import type { Assessment, AssessmentActor } from '../contract.js';
import { esc, r1, svgDocument, svgText as text, wrap } from '../../documents/index.js';
import { texts, type Locale, type Texts } from './texts.js';

/** The actor map: power (up) × interest (right) with the four classic quadrants; high is 4–5. */
const W = 1010;
const H = 990;
const X0 = 100;
const CELL_W = 178;
const CELL_H = 150;
const BAND = 28;
const TOP = 20;
const Y0 = TOP + BAND; // top of the power-5 row
const PLOT_B = Y0 + 5 * CELL_H; // bottom of the power-1 row
const SPLIT_X = X0 + 3 * CELL_W; // between interest 3 and 4
const SPLIT_Y = Y0 + 2 * CELL_H; // between power 4 and 3
const LINE = 13.5;
const GAP = 4;
const CHARS = 21;

type Stance = AssessmentActor['stance'];
const INK: Record<Stance, string> = { supportive: '#1a7f37', neutral: '#424a53', resistant: '#b42318' };

/** ▲ supportive, ● neutral, ▼ resistant; filled when present, white with a dashed outline when missing. */
export function actorMarker(cx: number, cy: number, stance: Stance, missing: boolean): string {
  const ink = INK[stance];
  const paint = missing
    ? `fill="#ffffff" stroke="${ink}" stroke-width="1.8" stroke-dasharray="3 2"`
    : `fill="${ink}" stroke="${ink}" stroke-width="1"`;
  const s = 7;
  if (stance === 'neutral') return `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${s - 0.5}" ${paint}/>`;
  const pts =
    stance === 'supportive'
      ? [
          [cx, cy - s],
          [cx + s, cy + s * 0.8],
          [cx - s, cy + s * 0.8],
        ]
      : [
          [cx, cy + s],
          [cx + s, cy - s * 0.8],
          [cx - s, cy - s * 0.8],
        ];
  return `<polygon points="${pts.map(([x, y]) => `${r1(x)},${r1(y)}`).join(' ')}" ${paint}/>`;
}

const label = (a: AssessmentActor, t: Texts) => (a.presence === 'missing' ? `${a.name} (${t.missingSuffix})` : a.name);
const clamp = (n: number) => Math.min(5, Math.max(1, Math.round(n)));

function cell(actors: AssessmentActor[], interest: number, power: number, t: Texts): string[] {
  const x = X0 + (interest - 1) * CELL_W;
  const y = Y0 + (5 - power) * CELL_H;
  const shown = actors.length > 7 ? actors.slice(0, 6) : actors;
  const rows = actors.length > 7 ? 7 : actors.length;
  const maxLines = Math.max(1, Math.min(3, Math.floor((CELL_H - 8 - GAP * rows) / (LINE * rows))));
  const out: string[] = [];
  let cy = y + 8;
  for (const a of shown) {
    const lines = wrap(label(a, t), CHARS, maxLines);
    const missing = a.presence === 'missing';
    out.push(`<g class="actor${missing ? ' missing' : ''}" data-actor="${esc(a.id)}">`);
    out.push(actorMarker(x + 14, cy + 8, a.stance, missing));
    lines.forEach((l, k) =>
      out.push(text(x + 26, cy + 12 + k * LINE, l, { size: 11.5, extra: missing ? 'font-style="italic"' : '' })),
    );
    out.push('</g>');
    cy += lines.length * LINE + GAP;
  }
  if (shown.length < actors.length)
    out.push(text(x + 26, cy + 12, t.more(actors.length - shown.length), { size: 12, fill: '#57606a' }));
  return out;
}

function frame(t: Texts): string[] {
  const out: string[] = [];
  const quads: [string, number, number, number, number, string, 'top' | 'bottom'][] = [
    ['keep_satisfied', X0, TOP, SPLIT_X - X0, SPLIT_Y - TOP, '#fff8e5', 'top'],
    ['manage_closely', SPLIT_X, TOP, X0 + 5 * CELL_W - SPLIT_X, SPLIT_Y - TOP, '#ffebe9', 'top'],
    ['monitor', X0, SPLIT_Y, SPLIT_X - X0, PLOT_B + BAND - SPLIT_Y, '#f6f8fa', 'bottom'],
    ['keep_informed', SPLIT_X, SPLIT_Y, X0 + 5 * CELL_W - SPLIT_X, PLOT_B + BAND - SPLIT_Y, '#ddf4ff', 'bottom'],
  ];
  for (const [q, x, y, w, h, fill, where] of quads) {
    out.push(`<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${fill}" data-quadrant="${q}"/>`);
    const ly = where === 'top' ? TOP + 19 : PLOT_B + 19;
    out.push(text(x + w / 2, ly, t.quadrants[q], { size: 15, weight: 'bold', anchor: 'middle', fill: '#24292f' }));
  }
  for (let i = 0; i <= 5; i++) {
    const gx = X0 + i * CELL_W;
    const gy = Y0 + i * CELL_H;
    out.push(`<line x1="${gx}" y1="${Y0}" x2="${gx}" y2="${PLOT_B}" stroke="#d0d7de" stroke-width="0.8"/>`);
    out.push(`<line x1="${X0}" y1="${gy}" x2="${X0 + 5 * CELL_W}" y2="${gy}" stroke="#d0d7de" stroke-width="0.8"/>`);
  }
  out.push(
    `<line x1="${SPLIT_X}" y1="${TOP}" x2="${SPLIT_X}" y2="${PLOT_B + BAND}" stroke="#57606a" stroke-width="2"/>`,
  );
  out.push(
    `<line x1="${X0}" y1="${SPLIT_Y}" x2="${X0 + 5 * CELL_W}" y2="${SPLIT_Y}" stroke="#57606a" stroke-width="2"/>`,
  );
  out.push(
    `<rect x="${X0}" y="${TOP}" width="${5 * CELL_W}" height="${PLOT_B + BAND - TOP}" fill="none" stroke="#57606a" stroke-width="1.2"/>`,
  );
  for (let v = 1; v <= 5; v++) {
    out.push(text(X0 + (v - 0.5) * CELL_W, PLOT_B + BAND + 22, String(v), { size: 14, anchor: 'middle' }));
    out.push(text(X0 - 14, Y0 + (5 - v + 0.5) * CELL_H + 5, String(v), { size: 14, anchor: 'end' }));
  }
  out.push(
    text(X0 + 2.5 * CELL_W, PLOT_B + BAND + 50, `${t.axisInterest} →`, { size: 15, weight: 'bold', anchor: 'middle' }),
  );
  const ay = Y0 + 2.5 * CELL_H;
  out.push(
    text(42, ay, `${t.axisPower} →`, {
      size: 15,
      weight: 'bold',
      anchor: 'middle',
      extra: `transform="rotate(-90 42 ${ay})"`,
    }),
  );
  return out;
}

function legend(t: Texts): string[] {
  const y = PLOT_B + BAND + 92;
  const items: [Stance, boolean, string][] = [
    ['supportive', false, t.stances.supportive],
    ['neutral', false, t.stances.neutral],
    ['resistant', false, t.stances.resistant],
  ];
  const out = [`<line x1="30" y1="${y - 26}" x2="${W - 20}" y2="${y - 26}" stroke="#d0d7de"/>`];
  items.forEach(([s, m, l], k) => {
    out.push(actorMarker(X0 + k * 200, y - 5, s, m));
    out.push(text(X0 + 14 + k * 200, y, l, { size: 14 }));
  });
  out.push(`<rect x="${X0 - 7}" y="${y + 24}" width="14" height="14" fill="#424a53"/>`);
  out.push(text(X0 + 14, y + 36, t.legendPresent, { size: 14 }));
  out.push(
    `<rect x="${X0 + 193}" y="${y + 24}" width="14" height="14" fill="#ffffff" stroke="#424a53" stroke-width="1.8" stroke-dasharray="3 2"/>`,
  );
  out.push(text(X0 + 214, y + 36, t.legendMissing, { size: 14, extra: 'font-style="italic"' }));
  return out;
}

export function actorMapSvg(a: Assessment, locale: Locale): string {
  const t = texts(locale);
  const byCell = new Map<string, AssessmentActor[]>();
  for (const actor of a.actors) {
    const key = `${clamp(actor.interest)}:${clamp(actor.power)}`;
    byCell.set(key, [...(byCell.get(key) ?? []), actor]);
  }
  const body = frame(t);
  for (const [key, list] of byCell) {
    const [interest, power] = key.split(':').map(Number);
    const ordered = [...list].sort(
      (x, y) =>
        Number(x.presence === 'present') - Number(y.presence === 'present') || x.name.localeCompare(y.name, locale),
    );
    body.push(...cell(ordered, interest, power, t));
  }
  body.push(...legend(t));
  const lines = [t.mapDescIntro];
  for (const q of ['manage_closely', 'keep_satisfied', 'keep_informed', 'monitor'] as const) {
    const names = a.actors
      .filter((x) => x.quadrant === q)
      .map(
        (x) =>
          `${label(x, t)} (${t.power.toLowerCase()} ${x.power}, ${t.interest.toLowerCase()} ${x.interest}, ${t.stances[x.stance].toLowerCase()})`,
      );
    lines.push(t.mapQuadrantLine(t.quadrants[q], names.join('; ') || t.mapNobody));
  }
  return svgDocument(W, H, t.mapTitle(a.initiative.name), lines.join(' '), body, 'actor-map');
}
