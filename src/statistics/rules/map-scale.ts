/**
 * The map's colour rules for the web (pure, no I/O): the same classes and legend labels as the documents'
 * maps (src/statistics/map), so the page and the Word/PDF colour a municipality alike.
 */
export { classLabels } from '../map/draw.js';
export { ratioScale, valueScale, type MapScale } from '../map/scale.js';
