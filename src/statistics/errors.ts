import { defineErrors } from '../platform/errors.js';

/** The statistics error codes: status and meaning (the web's texts live in src/web/i18n/{sv,en}/errors.ts). */
export const statisticsErrors = defineErrors({
  'statistics.kpi_not_found': {
    status: 404,
    meaning: 'A KPI asked for does not exist at the source (Kolada); details.ids names them.',
  },
  'statistics.area_not_in_county': {
    status: 400,
    meaning: 'A municipality code asked for is not one of the county’s municipalities; details.codes names them.',
  },
  'statistics.source_unavailable': {
    status: 503,
    meaning: 'The statistics source (Kolada, SCB) did not answer, or kept answering 429/5xx, after the last try.',
  },
  // 503 rather than 502: the README's table of statuses has no 502, and to the person it is the same
  // "the source cannot be used right now".
  'statistics.source_error': {
    status: 503,
    meaning: 'The statistics source answered something it should not (a refused question, an unknown format).',
  },
});

type StatisticsErrors = typeof statisticsErrors;
declare module '../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this capability's codes
  interface ErrorCodes extends StatisticsErrors {}
}
