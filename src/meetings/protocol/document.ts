import { renderDocx, renderPdf, type DocumentSpec } from '../../documents/index.js';
import { extractBlocks, protocolBlocks } from './content.js';
import { meetingDays, paragraphRange } from './format.js';
import type { ProtocolModel } from './model.js';
import { texts, type Locale } from './texts.js';

/**
 * The protocol and its extracts as documents of the documents module: the organisation, body and meeting
 * date at the top of every page, "SAMMANTRÄDESPROTOKOLL" (or "PROTOKOLLSUTDRAG", and "OJUSTERAT" until it
 * is adjusted) at the right, a box for the adjusters' initials and "Sida x(y)" at the foot.
 */
function frame(model: ProtocolModel, locale: Locale, kind: 'protocol' | 'extract', numbers: number[]) {
  const t = texts(locale);
  const days = meetingDays(model.meeting.date, model.meeting.endDate);
  const adjusted = Boolean(model.adjusting?.adjustedOn);
  const upper = kind === 'protocol' ? t.protocolUpper : t.extractUpper;
  const name = kind === 'protocol' ? t.protocol : t.extract;
  return {
    title: `${name} – ${model.body.name} ${days}`,
    subject: `${model.organisation}, ${model.body.name}, ${days}, ${paragraphRange(numbers)}`,
    author: model.organisation,
    description: `${name}: ${model.body.name} ${days} ${paragraphRange(numbers)}`,
    lang: t.lang,
    header: `${model.organisation}\n${model.body.name}\n${t.meetingDate} ${days}`,
    headerRight: adjusted ? upper : `${upper}\n${t.notAdjusted}`,
    headerOnFirstPage: true,
    footerBoxes: kind === 'protocol' ? [t.adjusterInitials] : [t.adjusterInitials, t.certification],
    pageLabel: t.pageLabel,
  };
}

export function protocolDocument(model: ProtocolModel, locale: Locale = 'sv'): DocumentSpec {
  const numbers = model.paragraphs.map((p) => p.number);
  return { ...frame(model, locale, 'protocol', numbers), blocks: protocolBlocks(model, locale) };
}

export function extractDocument(model: ProtocolModel, paragraphNumbers: number[], locale: Locale = 'sv'): DocumentSpec {
  return {
    ...frame(model, locale, 'extract', paragraphNumbers),
    blocks: extractBlocks(model, paragraphNumbers, locale),
  };
}

export const protocolDocx = (model: ProtocolModel, locale: Locale = 'sv'): Promise<Buffer> =>
  renderDocx(protocolDocument(model, locale));
export const protocolPdf = (model: ProtocolModel, locale: Locale = 'sv'): Promise<Buffer> =>
  renderPdf(protocolDocument(model, locale));
export const extractDocx = (model: ProtocolModel, paragraphNumbers: number[], locale: Locale = 'sv'): Promise<Buffer> =>
  renderDocx(extractDocument(model, paragraphNumbers, locale));
export const extractPdf = (model: ProtocolModel, paragraphNumbers: number[], locale: Locale = 'sv'): Promise<Buffer> =>
  renderPdf(extractDocument(model, paragraphNumbers, locale));
