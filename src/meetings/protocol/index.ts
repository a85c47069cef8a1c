/**
 * The protocol's documents as pure functions of a plain model: the protocol and its extracts (Word, PDF),
 * the call's calendar invitation (.ics) and the notice board's Atom feed.
 */
export type * from './model.js';
export { extractBlocks, paragraphBlocks, pickParagraphs, protocolBlocks } from './content.js';
export { extractDocument, extractDocx, extractPdf, protocolDocument, protocolDocx, protocolPdf } from './document.js';
export { escapeText, foldLine, meetingCalendar, type CalendarOptions } from './calendar.js';
export { atomTime, noticeBoardFeed, xmlEscape, type FeedOptions } from './feed.js';
export { meetingDays, paragraphRange, personLabel } from './format.js';
export { texts as protocolTexts, type Locale as ProtocolLocale } from './texts.js';
