import { renderDocx, renderPdf, type DocumentSpec } from '../../documents/index.js';
import type { Cycle, CycleCompilation } from '../contract.js';
import { documentTitle, reportBlocks } from './content.js';
import { texts, type Locale } from './texts.js';

/** The compiled follow-up report to the council as a document of the documents module: Word or tagged PDF. */
export function cycleReportDocument(cycle: Cycle, compilation: CycleCompilation, locale: Locale): DocumentSpec {
  const t = texts(locale);
  return {
    title: documentTitle(cycle, locale),
    subject: cycle.templateTitle,
    author: cycle.organisationName,
    description: `${t.reportTitle(cycle.year)}: ${cycle.templateTitle}, ${cycle.organisationName}`,
    lang: t.lang,
    header: documentTitle(cycle, locale),
    pageLabel: t.page('{page}', '{pages}'),
    blocks: reportBlocks(cycle, compilation, locale),
  };
}

export const cycleReportDocx = (cycle: Cycle, compilation: CycleCompilation, locale: Locale): Promise<Buffer> =>
  renderDocx(cycleReportDocument(cycle, compilation, locale));
export const cycleReportPdf = (cycle: Cycle, compilation: CycleCompilation, locale: Locale): Promise<Buffer> =>
  renderPdf(cycleReportDocument(cycle, compilation, locale));
