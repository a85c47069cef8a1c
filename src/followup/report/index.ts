/** The follow-up cycle's compiled report to the council (Word, PDF) and the export of every questionnaire response (Excel, CSV). */
export type { Locale } from './texts.js';
export { cycleReportDocument, cycleReportDocx, cycleReportPdf } from './document.js';
export type { ResponsesExport } from './responses.js';
export { responsesXlsx } from './xlsx.js';
export { assessmentsCsv, responsesCsv } from './csv.js';
