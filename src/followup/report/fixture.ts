import {
  areaRatings,
  type AreaRating,
  type Cycle,
  type CycleCompilation,
  type Feedback,
  type Milestone,
} from '../contract.js';
import { markdownToRichDoc } from '../../documents/index.js';
import { share } from './format.js';
import { fid, surveyCompilation } from './fixture-survey.js';
import { AREAS, MUNICIPALITIES, NOTES, REPORTS, VALUATION } from './fixture-text.js';

/** A realistic follow-up cycle of Region Jämtland Härjedalen's agreement with the county's eight municipalities (tests and samples only). */
export const YEAR = 2025;
const R = areaRatings;

/** Each municipality's rating index (0 = Nöjd … 3 = Missnöjd) of the areas A–D per year; null = not rated. */
const RATINGS: Record<number, (number | null)[][]> = {
  2025: [
    [0, 1, 1, 2],
    [1, 1, 2, 1],
    [1, 2, 1, 3],
    [0, 0, 1, 1],
    [2, 1, null, 2],
    [null, null, null, null],
    [0, 1, 0, 1],
    [1, 0, 1, 0],
  ],
  2024: [
    [1, 1, 2, 2],
    [1, 2, 2, 1],
    [2, 2, 1, 3],
    [0, 1, 1, 1],
    [2, 2, 2, 2],
    [1, 2, 2, 2],
    [0, 1, 1, 1],
    [1, 1, 1, 0],
  ],
  2023: [
    [1, 2, 2, 3],
    [2, 2, 2, 2],
    [2, 3, 2, 3],
    [1, 1, 1, 2],
    [2, 2, 3, 2],
    [1, 2, 2, 3],
    [1, 1, 2, 1],
    [1, 1, 2, 1],
  ],
};
const STATUS: Feedback['status'][] = [
  'submitted',
  'submitted',
  'submitted',
  'submitted',
  'draft',
  'not_started',
  'submitted',
  'submitted',
];
const rating = (year: number, m: number, a: number): AreaRating | null =>
  RATINGS[year][m][a] == null ? null : R[RATINGS[year][m][a]!];

function tally(year: number, a: number) {
  const rated = MUNICIPALITIES.map((_, m) => rating(year, m, a)).filter((r): r is AreaRating => r !== null);
  return {
    answered: rated.length,
    distribution: R.map((r) => ({
      rating: r,
      count: rated.filter((x) => x === r).length,
      percent: share(rated.filter((x) => x === r).length, rated.length),
    })),
  };
}

const COMMENTS: Record<string, [number, string][]> = {
  A: [
    [0, 'Kompetensplattformen har fungerat bra, men vi saknar stöd i yrkesvux-frågorna.'],
    [2, 'Svårt att delta när mötena läggs i Östersund; önskar digitalt deltagande.'],
  ],
  B: [
    [3, 'Folkhälsoarbetet har blivit mer samordnat – fortsätt så.'],
    [6, 'Insatserna för unga i Åre har gett tydliga resultat.'],
  ],
  C: [[1, 'Energi- och klimatrådgivningen behöver mer resurser till de mindre kommunerna.']],
  D: [
    [2, 'Regional utveckling upplevs som avlägsen från kommunens vardag.'],
    [7, 'Bra dialog om infrastrukturfrågorna.'],
  ],
};

const milestone = (
  n: number,
  kind: Milestone['kind'],
  dueDate: string,
  owner: [string | null, string | null],
  doneOn: string | null,
  note: string | null = null,
): Milestone => ({
  id: fid(500 + n),
  kind,
  dueDate,
  ownerPersonId: owner[0] ? fid(600 + n) : null,
  ownerName: owner[0],
  ownerBodyId: owner[1] ? fid(700 + n) : null,
  ownerBodyName: owner[1],
  status: doneOn ? 'done' : 'planned',
  doneOn,
  note,
  overdue: false,
  remindersSent: 0,
  lastRemindedAt: null,
  version: 1,
});

export function sampleCycle(): Cycle {
  const now = '2025-12-16T09:00:00.000Z';
  return {
    id: fid(1),
    countyId: fid(2),
    organisationId: fid(3),
    organisationName: 'Region Jämtland Härjedalen',
    templateId: fid(4),
    templateTitle: 'Överenskommelse om samverkan mellan Region Jämtland Härjedalen och länets kommuner',
    year: YEAR,
    title: `Uppföljning ${YEAR}`,
    periodStart: `${YEAR - 1}-10-01`,
    periodEnd: `${YEAR}-09-30`,
    status: 'decided',
    areas: AREAS.map(([code, name]) => ({ code, name })),
    milestones: [
      milestone(1, 'reports_sent', `${YEAR}-10-06`, ['Karin Olsson', null], `${YEAR}-10-03`),
      milestone(2, 'questionnaire', `${YEAR}-10-31`, ['Per Ek', null], `${YEAR}-10-30`),
      milestone(3, 'compilation_shared', `${YEAR}-11-07`, ['Karin Olsson', null], `${YEAR}-11-06`),
      milestone(
        4,
        'municipal_meetings',
        `${YEAR}-11-21`,
        [null, 'Länsdirektörsgruppen'],
        `${YEAR}-11-25`,
        'Strömsunds möte flyttades till v. 48.',
      ),
      milestone(5, 'joint_valuation', `${YEAR}-12-01`, [null, 'Kommunchefsgruppen'], `${YEAR}-12-01`),
      milestone(6, 'council_decision', `${YEAR}-12-15`, ['Anna Berg', 'Samverkansrådet'], `${YEAR}-12-15`),
    ],
    reports: REPORTS.map((r, i) => ({
      id: fid(800 + i),
      areaCode: r.area,
      areaName: AREAS.find(([c]) => c === r.area)![1],
      municipalityId: r.municipality == null ? null : fid(100 + r.municipality),
      municipalityName: r.municipality == null ? null : MUNICIPALITIES[r.municipality],
      body: markdownToRichDoc(r.body),
      status: r.published ? 'published' : 'draft',
      publishedAt: r.published ? `${YEAR}-10-03T08:00:00.000Z` : null,
      version: 1,
      updatedAt: now,
    })),
    municipalities: MUNICIPALITIES.map((name, m) => ({
      organisationId: fid(100 + m),
      organisationName: name,
      contactName: `Kontakt ${name}`,
      contactEmail: `kontakt${m}@kommun.test`,
      agreementId: fid(200 + m),
      status: STATUS[m],
      areas: AREAS.map(([areaCode], a) => ({
        areaCode,
        rating: rating(YEAR, m, a),
        comment: COMMENTS[areaCode]?.find(([x]) => x === m)?.[1] ?? null,
      })),
      meetingDate: STATUS[m] === 'not_started' ? null : `${YEAR}-11-${String(10 + m).padStart(2, '0')}`,
      participants:
        STATUS[m] === 'not_started' ? null : `Kommundirektör, förvaltningschefer och regionens samordnare (${name})`,
      notes: NOTES[m] ?? null,
      submittedAt: STATUS[m] === 'submitted' ? `${YEAR}-11-2${m % 5}T10:00:00.000Z` : null,
      version: STATUS[m] === 'not_started' ? null : 2,
      editable: false,
    })),
    questionnaireId: fid(10),
    questionnaireTitle: {
      sv: 'Frågor för uppföljning av samverkan mellan Region Jämtland Härjedalen och länets kommuner',
      en: 'Questions for the follow-up of the collaboration between Region Jämtland Härjedalen and the county’s municipalities',
    },
    questionnaireStatus: 'closed',
    jointValuation: VALUATION.valuation,
    jointValuationDate: `${YEAR}-12-01`,
    recommendedChanges: VALUATION.changes,
    decision: {
      date: `${YEAR}-12-15`,
      bodyId: fid(20),
      bodyName: 'Samverkansrådet',
      text: VALUATION.decision,
      caseNumber: 'RS/1234/2025',
    },
    abilities: { update: true },
    version: 7,
    createdAt: `${YEAR}-09-01T08:00:00.000Z`,
    updatedAt: now,
  };
}

export function sampleCompilation(cycle: Cycle = sampleCycle(), extended = false): CycleCompilation {
  return {
    cycleId: cycle.id,
    year: YEAR,
    ...surveyCompilation(YEAR, extended),
    areas: AREAS.map(([code, name], a) => ({
      code,
      name,
      ...tally(YEAR, a),
      comments: (COMMENTS[code] ?? []).map(([m, comment]) => ({ municipalityName: MUNICIPALITIES[m], comment })),
      previous: [YEAR - 1, YEAR - 2].map((year) => ({ year, ...tally(year, a) })),
    })),
    municipalities: cycle.municipalities.map((f, m) => ({
      organisationId: f.organisationId,
      name: f.organisationName,
      status: f.status,
      meetingDate: f.meetingDate,
      notes: f.notes,
      areas: AREAS.map(([code], a) => ({
        code,
        rating: rating(YEAR, m, a),
        comment: f.areas[a].comment,
        previous: [YEAR - 1, YEAR - 2].map((year) => ({ year, rating: rating(year, m, a) })),
      })),
    })),
    jointValuation: cycle.jointValuation,
    recommendedChanges: cycle.recommendedChanges,
    decision: cycle.decision,
  };
}
