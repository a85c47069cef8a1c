import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../policy/policy.js';
import { frameworkItems, frameworks, frameworkVersions } from '../../goals/schema.js';
import { createInitiative, createProgramme } from '../../assessments/programmes.js';
import { finishAssessment, setGate, startAssessment, updateAssessment } from '../../assessments/rounds.js';
import { addAction, addActor, addComment, addConflict, addImpact } from '../../assessments/parts.js';
import type { Assessment } from '../../assessments/contract.js';

/**
 * The regional service programme of seed 000 with four fictional initiatives at different stages:
 * one assessed and finished, one in step 3, one in step 1, one not yet assessed.
 */
export async function loadDemoAssessments(
  db: Db,
  actor: Actor,
  ids: {
    region: string;
    orgs: Map<string, string>;
    bodies: Map<string, string>;
    people: Map<string, string>;
    rusVersionId: string;
  },
) {
  const item = async (key: string, code: string) => {
    const [r] = await db
      .select({ id: frameworkItems.id })
      .from(frameworkItems)
      .innerJoin(frameworkVersions, eq(frameworkVersions.id, frameworkItems.versionId))
      .innerJoin(frameworks, eq(frameworks.id, frameworkVersions.frameworkId))
      .where(and(eq(frameworks.key, key), eq(frameworkItems.code, code), eq(frameworkVersions.status, 'published')));
    return r.id;
  };
  const [envObjectives] = await db
    .select({ id: frameworks.id })
    .from(frameworks)
    .where(eq(frameworks.key, 'environmental-objectives'));

  const programme = await createProgramme(db, actor, {
    organisationId: ids.region,
    name: 'Regionalt serviceprogram Jämtland Härjedalen',
    description:
      'Programmet för kommersiell och offentlig service i länets gles- och landsbygder. Insatserna hållbarhetssäkras enligt regionens modell i fyra steg.',
    rusVersionId: ids.rusVersionId,
    stakeholderGroups: ['Medborgare', 'Servicegivare', 'Offentliga intressenter'],
    shared: true,
  });
  const initiative = (name: string, description: string, groups: string[]) =>
    createInitiative(db, actor, programme.id, {
      name,
      description,
      stakeholderGroups: groups,
      startDate: '2025-01-01',
      shared: true,
    });

  // 1. Fully assessed and finished.
  const points = await initiative(
    'Servicepunkter i glesbygd',
    'Utveckla lanthandlar till servicepunkter med paketutlämning, kontanter och offentlig information.',
    ['Medborgare', 'Servicegivare'],
  );
  let a: Assessment = await startAssessment(db, actor, points.id, [envObjectives.id]);
  a = await addImpact(db, actor, a.id, {
    step: 1,
    itemId: await item('rus-jamtland-harjedalen', 'D.1'),
    effect: 'positive',
    motivation: 'Service nära bostaden minskar behovet av långa resor.',
  });
  a = await addImpact(db, actor, a.id, {
    step: 1,
    itemId: await item('rus-jamtland-harjedalen', 'C.1'),
    effect: 'both',
    motivation: 'Färre privata resor men fler transporter till servicepunkterna.',
  });
  a = await updateAssessment(db, actor, a.id, {
    positionsNeeded: {
      '1': { needed: true, note: 'Avvägning mellan tillgänglighet och transporternas klimatpåverkan.' },
    },
    version: a.version,
  });
  a = await setGate(db, actor, a.id, 1, {
    decision: 'continue',
    reason: 'Insatsen går i linje med RUS; klimatfrågan hanteras i steg 2.',
  });
  const impacts: [
    string,
    string,
    'positive' | 'negative' | 'both' | 'unknown',
    'direct' | 'indirect' | null,
    number | null,
    string,
  ][] = [
    ['agenda2030', '11', 'positive', 'direct', 1, 'Hållbara och tillgängliga lokalsamhällen.'],
    ['agenda2030', '11.2', 'positive', 'indirect', null, 'Kortare resor till service.'],
    ['agenda2030', '9', 'positive', 'direct', 2, 'Infrastruktur för service i hela länet.'],
    ['agenda2030', '8.3', 'positive', 'indirect', null, 'Stärker småföretag på landsbygden.'],
    ['agenda2030', '13.2', 'negative', 'indirect', null, 'Fler leveranser med bil.'],
    ['agenda2030', '5.5', 'unknown', null, null, 'Vi vet inte hur kvinnor och män använder servicepunkterna.'],
    ['agenda2030', '10.2', 'positive', 'direct', 3, 'Service oberoende av bostadsort.'],
    ['environmental-objectives', '1', 'negative', 'indirect', null, 'Ökade transporter.'],
  ];
  for (const [key, code, effect, directness, rank, motivation] of impacts) {
    a = await addImpact(db, actor, a.id, {
      step: 2,
      itemId: await item(key, code),
      effect,
      directness,
      relevanceRank: rank,
      motivation,
    });
  }
  a = await setGate(db, actor, a.id, 2, {
    decision: 'continue',
    reason: 'Positiv påverkan överväger; klimatkonflikten får ett ställningstagande.',
  });
  const org = (k: string) => ids.orgs.get(k)!;
  a = await addActor(db, actor, a.id, {
    organisationId: org('region'),
    relation: 'affects',
    presence: 'present',
    power: 5,
    interest: 5,
    stance: 'supportive',
  });
  a = await addActor(db, actor, a.id, {
    organisationId: org('stromsund'),
    relation: 'both',
    presence: 'present',
    power: 4,
    interest: 5,
    stance: 'supportive',
  });
  a = await addActor(db, actor, a.id, {
    name: 'Lanthandlarna i länet',
    relation: 'affected',
    presence: 'missing',
    power: 2,
    interest: 5,
    stance: 'neutral',
    note: 'Borde vara med från början.',
  });
  a = await addActor(db, actor, a.id, {
    name: 'Paketombud och transportföretag',
    relation: 'affects',
    presence: 'missing',
    power: 4,
    interest: 2,
    stance: 'neutral',
  });
  a = await addActor(db, actor, a.id, {
    organisationId: org('lst'),
    relation: 'affects',
    presence: 'present',
    power: 3,
    interest: 3,
    stance: 'supportive',
  });
  a = await setGate(db, actor, a.id, 3, { decision: 'continue', reason: 'Saknade aktörer bjuds in.' });
  const goal11 = a.impacts.find((i) => i.code === '11')!;
  const t132 = a.impacts.find((i) => i.code === '13.2')!;
  a = await addConflict(db, actor, a.id, {
    kind: 'goal',
    foundInStep: 2,
    a: { itemId: goal11.itemId },
    b: { itemId: t132.itemId },
    description: 'Tillgänglig service i glesbygd kräver transporter som ökar utsläppen.',
    severity: 'medium',
    status: 'open',
    position: {
      text: 'Tillgången till service väger tyngre; transporterna samordnas och ska ske fossilfritt senast 2030.',
      bodyId: ids.bodies.get('rsr'),
      date: '2025-03-12',
      caseNumber: 'RUN/112/2025',
    },
  });
  const lanthandlarna = a.actors.find((x) => x.name === 'Lanthandlarna i länet')!;
  const missingTransport = a.actors.find((x) => x.name.startsWith('Paketombud'))!;
  a = await addConflict(db, actor, a.id, {
    kind: 'interest',
    foundInStep: 3,
    a: { actorId: lanthandlarna.id },
    b: { actorId: missingTransport.id },
    description: 'Konkurrens om paketutlämningen.',
    severity: 'low',
    status: 'open',
  });
  a = await addAction(db, actor, a.id, {
    title: 'Samordna varutransporter till servicepunkterna',
    answersType: 'conflict',
    answersId: a.conflicts[0].id,
    responsibleOrganisationId: org('region'),
    deadline: '2025-12-31',
    status: 'ongoing',
  });
  a = await addAction(db, actor, a.id, {
    title: 'Bjud in lanthandlarna till arbetsgruppen',
    answersType: 'actor',
    answersId: lanthandlarna.id,
    responsiblePersonId: ids.people.get('coord'),
    deadline: '2025-04-30',
    status: 'done',
  });
  a = await addAction(db, actor, a.id, {
    title: 'Ta fram könsuppdelad statistik över användningen',
    answersType: 'impact',
    answersId: a.impacts.find((i) => i.code === '5.5')!.id,
    responsibleOrganisationId: org('lst'),
    deadline: '2025-09-30',
    status: 'planned',
  });
  a = await setGate(db, actor, a.id, 4, { decision: 'continue', reason: 'Åtgärdsplanen är antagen.' });
  a = await addComment(db, actor, a.id, {
    targetType: 'conflict',
    targetId: a.conflicts[0].id,
    text: 'Följ upp transportsamordningen på Service Z-mötet i december.',
  });
  await finishAssessment(db, actor, a.id, a.version);

  // 2. In step 3.
  const delivery = await initiative(
    'Hemsändning av dagligvaror',
    'Stöd till hemsändning för hushåll långt från närmaste butik.',
    ['Medborgare', 'Servicegivare'],
  );
  let b = await startAssessment(db, actor, delivery.id, []);
  b = await addImpact(db, actor, b.id, {
    step: 1,
    itemId: await item('rus-jamtland-harjedalen', 'B.1'),
    effect: 'positive',
    motivation: 'Äldre kan bo kvar hemma.',
  });
  b = await setGate(db, actor, b.id, 1, { decision: 'continue', reason: 'I linje med RUS.' });
  b = await addImpact(db, actor, b.id, {
    step: 2,
    itemId: await item('agenda2030', '3'),
    effect: 'positive',
    directness: 'direct',
    relevanceRank: 1,
    motivation: 'Trygg tillgång till mat.',
  });
  b = await addImpact(db, actor, b.id, {
    step: 2,
    itemId: await item('agenda2030', '12.3'),
    effect: 'unknown',
    directness: null,
    motivation: 'Matsvinn vid hemleverans är okänt.',
  });
  b = await setGate(db, actor, b.id, 2, {
    decision: 'rethink',
    reason: 'Se över leveransmodellen för att minska matsvinn.',
  });
  await addActor(db, actor, b.id, {
    organisationId: org('berg'),
    relation: 'both',
    presence: 'present',
    power: 4,
    interest: 4,
    stance: 'supportive',
  });

  // 3. In step 1.
  const digital = await initiative(
    'Digital service och kompetens för medborgare',
    'Digitala servicepunkter med stöd av handledare i kommunhusen.',
    ['Medborgare', 'Offentliga intressenter'],
  );
  const c = await startAssessment(db, actor, digital.id, []);
  await addImpact(db, actor, c.id, {
    step: 1,
    itemId: await item('rus-jamtland-harjedalen', 'A.2'),
    effect: 'positive',
    motivation: 'Höjer den digitala kompetensen.',
  });

  // 4. Not yet assessed.
  await initiative('Samlokaliserad offentlig service', 'Statliga och kommunala servicekontor under samma tak.', [
    'Medborgare',
    'Offentliga intressenter',
  ]);
  return programme;
}
