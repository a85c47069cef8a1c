import { Resvg } from '@resvg/resvg-js';
import { reportFonts } from './fonts.js';

/** An SVG as a PNG of the given width, its text set in the report's font (no system font scan). */
export function svgToPng(svg: string, width: number): Buffer {
  const fonts = reportFonts();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    background: '#ffffff',
    font: { loadSystemFonts: false, fontFiles: [fonts.regular, fonts.bold], defaultFontFamily: fonts.family, sansSerifFamily: fonts.family },
  });
  return resvg.render().asPng();
}

/** The size of an SVG from its viewBox. */
export function svgSize(svg: string): { width: number; height: number } {
  const m = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!m) throw new Error('SVG without a viewBox');
  return { width: Number(m[1]), height: Number(m[2]) };
}
