import type { Cycle, CycleCompilation } from '../contract.js';
import { fields, heading, pageBreak, para, richBlocks, type Block } from '../../documents/index.js';
import { areaBlocks, municipalityBlocks } from './content-areas.js';
import { summaryBlocks, timelineBlocks, titleBlocks } from './content-intro.js';
import { questionnaireBlocks, suggestionBlocks } from './content-survey.js';
import { day } from './format.js';
import { texts, type Locale, type Texts } from './texts.js';

/** The compiled follow-up report to the council, as blocks that the Word and the PDF renderer share. */
function closingBlocks(cycle: Cycle, c: CycleCompilation, t: Texts): Block[] {
  const valuation = c.jointValuation ?? cycle.jointValuation;
  const changes = c.recommendedChanges ?? cycle.recommendedChanges;
  const d = c.decision ?? cycle.decision;
  return [
    heading(1, t.jointValuation),
    ...(valuation?.trim()
      ? [
          ...(cycle.jointValuationDate ? [fields([[t.valuationDate, day(cycle.jointValuationDate)]])] : []),
          ...richBlocks(valuation, 1),
        ]
      : [para(t.noValuation)]),
    heading(1, t.recommendedChanges),
    ...(changes?.trim() ? richBlocks(changes, 1) : [para(t.noChanges)]),
    heading(1, t.decision),
    ...(d
      ? [
          fields([
            [t.decisionDate, day(d.date)],
            [t.decisionBody, d.bodyName],
            ...(d.caseNumber ? [[t.caseNumber, d.caseNumber] as [string, string]] : []),
          ]),
          ...richBlocks(d.text, 1),
        ]
      : [para(t.noDecision)]),
  ];
}

export function reportBlocks(cycle: Cycle, c: CycleCompilation, locale: Locale): Block[] {
  const t = texts(locale);
  return [
    ...titleBlocks(cycle, t),
    pageBreak,
    ...summaryBlocks(cycle, c, locale, t),
    ...timelineBlocks(cycle, t),
    pageBreak,
    ...areaBlocks(cycle, c, locale, t),
    pageBreak,
    ...municipalityBlocks(cycle, c, t),
    pageBreak,
    ...questionnaireBlocks(c, cycle.questionnaireTitle?.[locale] ?? null, locale, t),
    ...suggestionBlocks(c, locale, t),
    ...closingBlocks(cycle, c, t),
  ];
}

/** The document's title for its metadata. */
export const documentTitle = (cycle: Cycle, locale: Locale): string =>
  `${texts(locale).reportTitle(cycle.year)} – ${cycle.templateTitle}`;
