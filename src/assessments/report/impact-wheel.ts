import type { Assessment } from '../contract.js';
import { GOALS, goalOf, tallyOf } from './goals.js';
import { r1, svgDocument, svgText as text } from '../../documents/index.js';
import { texts, type Locale } from './texts.js';

/** The impact wheel: the 17 goals in their official colours with the positive, negative and unknown impacts around them. */
const W = 800;
const H = 980;
const CX = 400;
const CY = 400;
const R_IN = 118;
const R_OUT = 245;
const R_CARD = 322;
const STEP = 360 / 17;
const MAX_MARKS = 5;
const MARK = 11;
const MARK_GAP = 3;

type Sign = 'positive' | 'negative' | 'unknown';
type Dir = 'direct' | 'indirect' | 'both' | null;
const INK: Record<Sign, string> = { positive: '#1a7f37', negative: '#b42318', unknown: '#57606a' };
const GLYPH: Record<Sign, string> = { positive: '+', negative: '−', unknown: '?' };

const polar = (r: number, deg: number): [number, number] => {
  const rad = ((deg - 90) * Math.PI) / 180;
  return [CX + r * Math.cos(rad), CY + r * Math.sin(rad)];
};

function sector(r0: number, r1_: number, a0: number, a1: number): string {
  const [x0, y0] = polar(r1_, a0);
  const [x1, y1] = polar(r1_, a1);
  const [x2, y2] = polar(r0, a1);
  const [x3, y3] = polar(r0, a0);
  return `M${r1(x0)} ${r1(y0)} A${r1_} ${r1_} 0 0 1 ${r1(x1)} ${r1(y1)} L${r1(x2)} ${r1(y2)} A${r0} ${r0} 0 0 0 ${r1(x3)} ${r1(y3)} Z`;
}

/** Dark or white text, whichever reads better on the colour. */
function onColour(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const l = 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
  return 1.05 / (l + 0.05) >= 3 ? '#ffffff' : '#1f2328';
}

/** One small square per assessment: solid = direct, dashed = indirect, half filled = both, thin = not stated. */
export function mark(x: number, y: number, dir: Dir, ink: string): string {
  const s = MARK;
  if (dir === 'direct')
    return `<rect x="${r1(x)}" y="${r1(y)}" width="${s}" height="${s}" fill="${ink}" stroke="${ink}" stroke-width="1.5"/>`;
  if (dir === 'indirect')
    return `<rect x="${r1(x)}" y="${r1(y)}" width="${s}" height="${s}" fill="#ffffff" stroke="${ink}" stroke-width="1.6" stroke-dasharray="3 2"/>`;
  if (dir === 'both')
    return `<rect x="${r1(x)}" y="${r1(y)}" width="${s}" height="${s}" fill="#ffffff" stroke="${ink}" stroke-width="1.5"/><path d="M${r1(x + s)} ${r1(y)} L${r1(x + s)} ${r1(y + s)} L${r1(x)} ${r1(y + s)} Z" fill="${ink}"/>`;
  return `<rect x="${r1(x + 1)}" y="${r1(y + 1)}" width="${s - 2}" height="${s - 2}" fill="#ffffff" stroke="${ink}" stroke-width="0.8"/>`;
}

function marksByGoal(a: Assessment): Map<string, Record<Sign, Dir[]>> {
  const out = new Map<string, Record<Sign, Dir[]>>();
  for (const i of a.impacts) {
    const g = goalOf(i);
    if (!g) continue;
    const m = out.get(g) ?? { positive: [], negative: [], unknown: [] };
    if (i.effect === 'positive' || i.effect === 'both') m.positive.push(i.directness);
    if (i.effect === 'negative' || i.effect === 'both') m.negative.push(i.directness);
    if (i.effect === 'unknown') m.unknown.push(i.directness);
    out.set(g, m);
  }
  return out;
}

function card(goal: string, angle: number, rows: { sign: Sign; count: number; dirs: Dir[] }[]): string {
  const rowH = 21;
  const labelW = 34;
  const widths = rows.map((r) => labelW + 4 + Math.min(r.dirs.length, MAX_MARKS + 1) * (MARK + MARK_GAP));
  const w = Math.max(...widths);
  const [cx, cy] = polar(R_CARD, angle);
  const x0 = cx - w / 2;
  const y0 = cy - (rows.length * rowH) / 2;
  const parts = rows.flatMap((r, k) => {
    const y = y0 + k * rowH;
    const out = [
      text(x0 + labelW, y + 15, `${GLYPH[r.sign]}${r.count}`, {
        size: 16,
        weight: 'bold',
        anchor: 'end',
        fill: r.count ? INK[r.sign] : '#6e7781',
      }),
    ];
    r.dirs
      .slice(0, MAX_MARKS)
      .forEach((d, j) => out.push(mark(x0 + labelW + 5 + j * (MARK + MARK_GAP), y + 5, d, INK[r.sign])));
    if (r.dirs.length > MAX_MARKS)
      out.push(text(x0 + labelW + 5 + MAX_MARKS * (MARK + MARK_GAP), y + 15, '…', { size: 13, fill: INK[r.sign] }));
    return out;
  });
  return `<g data-goal="${goal}" class="impacts">${parts.join('')}</g>`;
}

function legend(t: ReturnType<typeof texts>): string[] {
  const y0 = 835;
  const row = 32;
  const out = [`<line x1="30" y1="800" x2="770" y2="800" stroke="#d0d7de"/>`];
  const left: [Sign, string][] = [
    ['positive', t.legendPositive],
    ['negative', t.legendNegative],
    ['unknown', t.legendUnknown],
  ];
  left.forEach(([s, label], k) => {
    out.push(text(70, y0 + k * row, `${GLYPH[s]}N`, { size: 16, weight: 'bold', anchor: 'end', fill: INK[s] }));
    out.push(text(82, y0 + k * row, label, { size: 14 }));
  });
  const fy = y0 + 3 * row;
  out.push(`<rect x="36" y="${fy - 14}" width="34" height="18" fill="#4C9F38" opacity="0.25"/>`);
  out.push(text(53, fy, '3', { size: 13, weight: 'bold', anchor: 'middle' }));
  out.push(text(82, fy, t.legendFaded, { size: 14 }));
  const right: [Dir, string][] = [
    ['direct', t.legendDirect],
    ['indirect', t.legendIndirect],
    ['both', t.legendBoth],
    [null, t.legendUnspecified],
  ];
  right.forEach(([d, label], k) => {
    out.push(mark(420, y0 + k * row - 11, d, '#1f2328'));
    out.push(text(440, y0 + k * row, label, { size: 14 }));
  });
  out.push(text(770, 968, t.legendMarks, { size: 12, anchor: 'end', fill: '#57606a' }));
  return out;
}

export function impactWheelSvg(a: Assessment, locale: Locale): string {
  const t = texts(locale);
  const marks = marksByGoal(a);
  const body: string[] = [];
  const lines: string[] = [t.wheelDescIntro];
  const untouched: string[] = [];
  let totalPos = 0;
  let totalNeg = 0;
  GOALS.forEach((g, i) => {
    const a0 = i * STEP + 0.4;
    const a1 = (i + 1) * STEP - 0.4;
    const mid = (i + 0.5) * STEP;
    const tally = tallyOf(a, g.code);
    const m = marks.get(g.code) ?? { positive: [], negative: [], unknown: [] };
    const touched =
      tally.positive + tally.negative + tally.unknown > 0 ||
      m.positive.length + m.negative.length + m.unknown.length > 0;
    const [nx, ny] = polar((R_IN + R_OUT) / 2, mid);
    body.push(`<g data-goal-segment="${g.code}"${touched ? '' : ' class="faded"'}>`);
    body.push(`<path d="${sector(R_IN, R_OUT, a0, a1)}" fill="${g.color}"${touched ? '' : ' opacity="0.28"'}/>`);
    body.push(
      text(nx, ny + 10, g.code, {
        size: 28,
        weight: 'bold',
        anchor: 'middle',
        fill: touched ? onColour(g.color) : '#1f2328',
      }),
    );
    body.push('</g>');
    const [lx0, ly0] = polar(R_OUT + 8, i * STEP);
    const [lx1, ly1] = polar(392, i * STEP);
    body.push(`<line x1="${r1(lx0)}" y1="${r1(ly0)}" x2="${r1(lx1)}" y2="${r1(ly1)}" stroke="#eaeef2"/>`);
    if (!touched) {
      untouched.push(g.code);
      return;
    }
    totalPos += tally.positive;
    totalNeg += tally.negative;
    const rows: { sign: Sign; count: number; dirs: Dir[] }[] = [
      { sign: 'positive', count: tally.positive, dirs: m.positive },
      { sign: 'negative', count: tally.negative, dirs: m.negative },
    ];
    if (tally.unknown > 0) rows.push({ sign: 'unknown', count: tally.unknown, dirs: m.unknown });
    body.push(card(g.code, mid, rows));
    lines.push(
      t.wheelGoalLine(
        g.code,
        g.name[locale],
        tally.positive,
        tally.negative,
        tally.unknown,
        tally.direct,
        tally.indirect,
      ),
    );
  });
  if (untouched.length) lines.push(t.wheelUntouched(untouched.join(', ')));
  body.push(`<circle cx="${CX}" cy="${CY}" r="${R_IN - 6}" fill="#ffffff" stroke="#d0d7de"/>`);
  body.push(text(CX, CY - 22, t.wheelCentre[0], { size: 19, weight: 'bold', anchor: 'middle' }));
  body.push(text(CX, CY + 4, t.wheelCentre[1], { size: 15, anchor: 'middle', fill: '#57606a' }));
  body.push(text(CX - 8, CY + 34, `+${totalPos}`, { size: 20, weight: 'bold', anchor: 'end', fill: INK.positive }));
  body.push(text(CX + 8, CY + 34, `−${totalNeg}`, { size: 20, weight: 'bold', anchor: 'start', fill: INK.negative }));
  body.push(...legend(t));
  return svgDocument(W, H, t.wheelTitle(a.initiative.name), lines.join(' '), body, 'impact-wheel');
}
