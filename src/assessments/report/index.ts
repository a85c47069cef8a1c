/** Pictures and report documents of an assessment (issue 3, item 10). */
export { renderDocx } from './docx.js';
export { renderPdf } from './pdf.js';
export { impactWheelSvg } from './impact-wheel.js';
export { actorMapSvg } from './actor-map.js';
export { svgToPng } from './raster.js';
export { reportFonts } from './fonts.js';
export type { Locale } from './texts.js';
