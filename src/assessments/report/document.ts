import { renderDocx as writeDocx, renderPdf as writePdf, type DocumentSpec } from '../../documents/index.js';
import type { Assessment } from '../contract.js';
import { reportBlocks } from './content.js';
import { texts, type Locale } from './texts.js';

/** The assessment report as a document of the documents module, written as Word or as tagged PDF. */
export function reportDocument(a: Assessment, locale: Locale): DocumentSpec {
  const t = texts(locale);
  return {
    title: `${t.reportTitle} – ${a.initiative.name}`,
    subject: a.initiative.programmeName,
    description: `${t.reportTitle}: ${a.initiative.programmeName}, ${a.initiative.name}, ${t.assessmentNumber} ${a.number}`,
    lang: t.lang,
    header: `${t.reportTitle} – ${a.initiative.name}`,
    pageLabel: locale === 'sv' ? 'Sida {page} av {pages}' : 'Page {page} of {pages}',
    blocks: reportBlocks(a, locale),
  };
}

export const renderDocx = (a: Assessment, locale: Locale): Promise<Buffer> => writeDocx(reportDocument(a, locale));
export const renderPdf = (a: Assessment, locale: Locale): Promise<Buffer> => writePdf(reportDocument(a, locale));
