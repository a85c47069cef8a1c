/** Pictures and report documents of an assessment (issue 3, item 10), written by the documents module. */
export { renderDocx, renderPdf, reportDocument } from './document.js';
export { impactWheelSvg } from './impact-wheel.js';
export { actorMapSvg } from './actor-map.js';
export type { Locale } from './texts.js';
