/**
 * Seed 004: Region Halland's gender review of its governing documents in 2019 (Modellregion för
 * jämställdhetsintegrering). The seed's genomlysning found a clear gender perspective in the regional
 * development strategy and the growth strategy, none in the health care strategy, and missing in many
 * parts of goals and budget and the regional office's operating plan; goals and budget was chosen as
 * the link of the steering chain to improve in 2019, benchmarked with Norrbotten and Gävleborg.
 *
 * The seed gives one overall judgement per document, not one per criterion: that judgement is the
 * review's own criterion "Genomlysningens samlade bedömning" with the seed's words as its quote. The 4R
 * ratings are set from that judgement and say so in their note ("Exempel"). The seed states no
 * results for Norrbotten and Gävleborg, so their benchmarks carry its words and no figures.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../policy/policy.js';
import { counties } from '../../counties/schema.js';
import { organisations } from '../../organisations/schema.js';
import {
  addBenchmark,
  addCriterion,
  addDocument,
  createReview,
  saveRating,
  updateReview,
} from '../../genderReview/index.js';
import { hallandCounty, regionHalland } from './meetings.js';

const SOURCE = 'Region Halland, Regionstyrelsens arbetsutskott 2019-03-11 § 67 (RS181020), tjänsteskrivelse';
const FINDING =
  'Genomlysningen visade att Regional utvecklingsstrategi och Tillväxtstrategi tydligt lyfter jämställdhetsperspektiv men dessa perspektiv saknas i hälso- och sjukvårdsstrategi samt i många olika delar i mål och budget och verksamhetsplan.';
const EXAMPLE_NOTE =
  'Exempel: genomlysningen 2019 redovisar ingen bedömning per kriterium; betyget är satt utifrån dess samlade bedömning av dokumentet.';

const documents = [
  { title: 'Regional utvecklingsstrategi', kind: 'rus', rating: 'clear' },
  { title: 'Tillväxtstrategi', kind: 'growth_strategy', rating: 'clear' },
  { title: 'Hälso- och sjukvårdsstrategi', kind: 'health_strategy', rating: 'missing' },
  { title: 'Mål och budget', kind: 'goals_budget', rating: 'partly' },
  { title: 'Verksamhetsplan för regionkontoret', kind: 'operating_plan', rating: 'partly' },
] as const;

/** Load Region Halland's 2019 review (after loadDemoMeetings004 made Hallands län and Region Halland). */
export async function loadDemoGenderReview(db: Db, system: Actor) {
  const [county] = await db.select().from(counties).where(eq(counties.code, hallandCounty.code));
  const [org] = await db
    .select()
    .from(organisations)
    .where(and(eq(organisations.countyId, county.id), eq(organisations.name, regionHalland.name)));
  const actor: Actor = { ...system, countyId: county.id, organisationId: org.id };
  let review = await createReview(db, actor, {
    organisationId: org.id,
    year: 2019,
    title: 'Genomlysning av övergripande styrdokument – Modellregion för jämställdhetsintegrering',
    groups: ['fourR'],
  });
  review = await addCriterion(db, actor, review.id, {
    name: 'Genomlysningens samlade bedömning',
    description: 'Lyfter dokumentet ett jämställdhetsperspektiv? Den samlade bedömningen i genomlysningen 2019.',
  });
  for (const [i, d] of documents.entries())
    review = await addDocument(db, actor, review.id, {
      title: d.title,
      kind: d.kind,
      position: i + 1,
      adoptedBy: 'Region Halland',
      adoptedOn: null,
      reference: `Genomlysning 2019, ${SOURCE}`,
    });
  const own = review.criteria.find((c) => c.group === 'own')!;
  for (const [i, d] of documents.entries()) {
    const docId = review.documents[i].id;
    review = await saveRating(db, actor, review.id, docId, own.key, {
      rating: d.rating,
      quotes: [{ text: FINDING, page: '§ 67, Fokus och avgränsning' }],
      note: '',
      version: null,
    });
    for (const c of review.criteria.filter((x) => x.group === 'fourR'))
      review = await saveRating(db, actor, review.id, docId, c.key, {
        rating: d.rating,
        quotes: [],
        note: EXAMPLE_NOTE,
        version: null,
      });
  }
  const budget = review.documents.find((d) => d.kind === 'goals_budget')!;
  review = await updateReview(db, actor, review.id, {
    improvement: {
      documentId: budget.id,
      change:
        'Påbörja jämställdhetsintegrering av planeringsprocessen för mål och budget: förstärka befintlig planeringsprocess med jämställdhetsperspektiv, så att jämställdhet kommer in i ordinarie planering och styrning.',
      responsible: 'Regionkontoret',
      due: '2019-12-31',
      status: 'in_progress',
      notes: [
        {
          date: '2019-03-11',
          text: 'Regionstyrelsens arbetsutskott § 67: uppdrar åt Regionkontoret att fortsätta arbetet enligt plan och att genomföra en kunskapshöjande insats om jämställdhetsintegrering för politiker och tjänstemän.',
        },
      ],
    },
    version: review.version,
  });
  for (const region of ['Region Norrbotten', 'Region Gävleborg'])
    review = await addBenchmark(db, actor, review.id, {
      region,
      summary:
        'Deltar tillsammans med Region Halland i Modellregioner för jämställdhetsintegrering 2019 med fokus på jämlik och jämställd hälsa och social hållbarhet; ser över sin styr- och ledningsstruktur för att välja en del i styrkedjan att förbättra. Region Hallands mål- och budgetprocess är föremål för benchmarking. Källan anger inget resultat av regionens granskning.',
      source: SOURCE,
      example: false,
      groups: [],
    });
  return review;
}
