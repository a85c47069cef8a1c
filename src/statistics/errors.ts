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
  'statistics.table_not_found': {
    status: 404,
    meaning: 'The SCB table asked for does not exist in SCB’s statistical database; details.ids names it.',
  },
  'statistics.selection_refused': {
    status: 400,
    meaning: 'A selection of an SCB table that SCB refuses (a variable or value it does not have, too many cells).',
  },
  'statistics.upload_invalid': {
    status: 400,
    meaning:
      'An uploaded file of figures has bad rows; details.problems lists row, column and problem. Nothing was imported.',
  },
  'statistics.upload_unreadable': {
    status: 400,
    meaning: 'An uploaded file is neither a CSV nor an Excel (.xlsx) file that can be read.',
  },
  'statistics.goal_item_unknown': {
    status: 400,
    meaning: 'A goal or target to link is not one of the frameworks the county may use; details.ids names them.',
  },
  'statistics.indicator_set_archived': {
    status: 409,
    meaning: 'The indicator set is archived: restore it before adding indicators.',
  },
});

type StatisticsErrors = typeof statisticsErrors;
declare module '../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this capability's codes
  interface ErrorCodes extends StatisticsErrors {}
}
