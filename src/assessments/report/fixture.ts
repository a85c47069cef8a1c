import type { Assessment, Conflict, Impact, Side } from '../contract.js';
import {
  ACTIONS,
  ACTORS,
  AGENDA_GOALS,
  AGENDA_TARGETS,
  CONFLICTS,
  OTHER_IMPACTS,
  RUS_GOALS,
  RUS_IMPACTS,
  type ImpactRow,
  type SideRow,
} from './fixture-data.js';
import agenda2030 from '../../goals/data/agenda2030.json' with { type: 'json' };
import { GOALS, tallyOf } from './goals.js';

/** A fictional assessment of "Servicepunkter i glesbygd" for tests, pictures and the benchmark. */
const uid = (kind: number, n: number) =>
  `00000000-0000-4000-8${kind.toString(16).padStart(3, '0')}-${n.toString(16).padStart(12, '0')}`;
const AT = '2024-05-22T14:00:00.000Z';

const FRAMEWORKS = [
  {
    key: 'rus',
    kind: 'rus',
    sv: 'Regional utvecklingsstrategi Jämtland Härjedalen 2030',
    en: 'Regional development strategy Jämtland Härjedalen 2030',
  },
  {
    key: 'agenda2030',
    kind: 'agenda2030',
    sv: 'Agenda 2030 – de globala målen för hållbar utveckling',
    en: 'The 2030 Agenda – the Sustainable Development Goals',
  },
  {
    key: 'environmental-objectives',
    kind: 'environmental_objectives',
    sv: 'Sveriges miljömål',
    en: "Sweden's environmental objectives",
  },
  {
    key: 'gender-equality',
    kind: 'gender_equality',
    sv: 'Jämställdhetspolitiska mål',
    en: 'Gender equality policy objectives',
  },
];

const targetNames = new Map<string, { sv: string; en: string }>(
  agenda2030.items.flatMap((g) => g.children.map((c) => [c.code, c.name] as const)),
);

function build(): Assessment {
  const impacts: Impact[] = [];
  const item = new Map<string, Impact>();
  const add = (
    fwKey: string,
    step: 1 | 2,
    code: string,
    name: { sv: string; en: string },
    row: Omit<ImpactRow, 0>,
    level: string,
  ) => {
    const fw = FRAMEWORKS.findIndex((f) => f.key === fwKey);
    const n = impacts.length + 1;
    const goal = fwKey === 'agenda2030' ? GOALS.find((g) => g.code === code.split('.')[0]) : undefined;
    const impact: Impact = {
      id: uid(1, n),
      step,
      itemId: uid(2, n),
      frameworkKey: fwKey,
      frameworkKind: FRAMEWORKS[fw].kind,
      versionId: uid(3, fw + 1),
      code,
      level,
      name,
      parentCode: code.includes('.') ? code.split('.')[0] : null,
      color: level === 'goal' && goal ? goal.color : null,
      effect: row[1],
      directness: row[2],
      motivation: row[3],
      relevanceRank: row[4] ?? null,
      version: 1,
    };
    impacts.push(impact);
    item.set(`${fwKey}:${code}`, impact);
  };
  for (const r of RUS_IMPACTS) add('rus', 1, r[0], RUS_GOALS[r[0]], r, 'goal');
  for (const r of AGENDA_GOALS) add('agenda2030', 2, r[0], GOALS.find((g) => g.code === r[0])!.name, r, 'goal');
  for (const r of AGENDA_TARGETS) add('agenda2030', 2, r[0], targetNames.get(r[0])!, r, 'target');
  for (const [fw, code, sv, en, effect, dir, motivation] of OTHER_IMPACTS)
    add(fw, 2, code, { sv, en }, [code, effect, dir, motivation], 'objective');

  const actors = ACTORS.map(([name, relation, presence, power, interest, stance, note], i) => ({
    id: uid(4, i + 1),
    organisationId: i % 3 === 0 ? uid(5, i + 1) : null,
    name,
    relation,
    presence,
    power,
    interest,
    stance,
    note,
    quadrant:
      power > 3 ? (interest > 3 ? 'manage_closely' : 'keep_satisfied') : interest > 3 ? 'keep_informed' : 'monitor',
    version: 1,
  })) as Assessment['actors'];
  const actorBy = (name: string) => actors.find((a) => a.name === name)!;

  const side = (s: SideRow): Side => {
    if (s[0] === 'actor') {
      const a = actorBy(s[1]);
      return { type: 'actor', itemId: null, actorId: a.id, text: null, code: null, label: { sv: a.name, en: a.name } };
    }
    if (s[0] === 'text')
      return { type: 'text', itemId: null, actorId: null, text: s[1], code: null, label: { sv: s[1], en: s[2] } };
    const i = item.get(`${s[1]}:${s[2]}`)!;
    return { type: 'item', itemId: i.itemId, actorId: null, text: null, code: i.code, label: i.name };
  };
  const conflicts: Conflict[] = CONFLICTS.map((c, i) => ({
    id: uid(6, i + 1),
    assessmentId: uid(0, 1),
    kind: c.kind,
    foundInStep: c.step,
    a: side(c.a),
    b: side(c.b),
    description: c.description,
    severity: c.severity,
    status: c.status,
    position: c.position
      ? {
          text: c.position.text,
          bodyId: uid(7, 1),
          bodyName: c.position.body,
          date: c.position.date,
          caseNumber: c.position.caseNumber,
        }
      : null,
    version: 1,
  }));

  const actions = ACTIONS.map(([title, answers, org, person, deadline, status, overdue], i) => {
    let answersId: string;
    let answersLabel: { sv: string; en: string };
    if (answers[0] === 'impact') {
      const imp = item.get(`${answers[1]}:${answers[2]}`)!;
      answersId = imp.id;
      answersLabel = { sv: `${imp.code} ${imp.name.sv}`, en: `${imp.code} ${imp.name.en}` };
    } else if (answers[0] === 'conflict') {
      const c = conflicts[answers[1]];
      answersId = c.id;
      answersLabel = { sv: `${c.a.label.sv} – ${c.b.label.sv}`, en: `${c.a.label.en} – ${c.b.label.en}` };
    } else {
      const a = actorBy(answers[1]);
      answersId = a.id;
      answersLabel = { sv: a.name, en: a.name };
    }
    return {
      id: uid(8, i + 1),
      title,
      description: null,
      answersType: answers[0],
      answersId,
      answersLabel,
      responsibleOrganisationId: uid(5, 100 + i),
      responsibleOrganisationName: org,
      responsiblePersonId: person ? uid(9, i + 1) : null,
      responsiblePersonName: person,
      deadline,
      status,
      overdue,
      version: 1,
    };
  }) as Assessment['actions'];

  const gate = (
    step: number,
    decision: 'continue' | 'rethink' | 'stop',
    reason: string,
    decidedBy: string,
    decidedAt: string,
  ) => ({
    id: uid(10, step),
    step,
    decision,
    reason,
    decidedBy,
    decidedAt,
    version: 1,
  });
  const a: Assessment = {
    id: uid(0, 1),
    number: 2,
    status: 'in_progress',
    basedOnId: uid(0, 2),
    finishedAt: null,
    finishedBy: null,
    version: 7,
    abilities: { update: true, comment: true },
    initiative: {
      id: uid(11, 1),
      programmeId: uid(12, 1),
      programmeName: 'Regionalt serviceprogram 2022–2026',
      countyId: uid(13, 1),
      organisationId: uid(5, 1),
      name: 'Servicepunkter i glesbygd',
      description:
        'Lokala servicepunkter i lanthandlar och bygdegårdar där invånare och företag får grundläggande service: paketutlämning, betaltjänster, apoteksombud och digital vägledning till offentliga tjänster.',
      stakeholderGroups: ['Medborgare', 'Servicegivare', 'Offentliga intressenter'],
      startDate: '2023-01-01',
      shared: true,
      assessments: [
        { id: uid(0, 2), number: 1, status: 'finished', finishedAt: '2023-12-14T10:00:00.000Z' },
        { id: uid(0, 1), number: 2, status: 'in_progress', finishedAt: null },
      ],
      archived: false,
      version: 3,
      createdAt: '2022-11-02T09:00:00.000Z',
      updatedAt: AT,
    },
    frameworks: FRAMEWORKS.map((f, i) => ({
      frameworkId: uid(14, i + 1),
      versionId: uid(3, i + 1),
      key: f.key,
      kind: f.kind,
      name: { sv: f.sv, en: f.en },
      versionNumber: 1,
    })),
    positionsNeeded: {
      '1': {
        needed: true,
        note: 'Regionens samverkansråd behöver ta ställning till hur ökade leveranstransporter vägs mot klimatmålet.',
      },
      '2': { needed: true, note: 'Ställningstagande krävs om lokalisering nära skyddad natur innan stöd beviljas.' },
      '3': { needed: false, note: null },
    },
    gates: [
      gate(
        1,
        'continue',
        'Insatsen ligger väl i linje med RUS; konflikten mellan handel och klimat hanteras med samordnade leveranser.',
        'Karin Ödmark',
        '2024-03-14T15:00:00.000Z',
      ),
      gate(
        2,
        'continue',
        'Tydlig positiv påverkan på mål 10 och 11; negativ påverkan på mål 15 hanteras genom lokaliseringsprinciper.',
        'Karin Ödmark',
        '2024-04-09T15:00:00.000Z',
      ),
      gate(
        3,
        'rethink',
        'Postnord, Trafikverket och samebyn saknas i arbetet och måste involveras innan insatsen går vidare.',
        'Jonas Åberg',
        AT,
      ),
    ],
    impacts,
    actors,
    conflicts,
    actions,
    comments: [],
    goals: [],
    counts: { openConflicts: 0, overdueActions: 0, missingActors: 0 },
  };
  return a;
}

function withDerived(a: Assessment): Assessment {
  const goals = GOALS.map((g) => tallyOf({ ...a, goals: [] }, g.code));
  return {
    ...a,
    goals,
    counts: {
      openConflicts: a.conflicts.filter((c) => c.status === 'open').length,
      overdueActions: a.actions.filter((x) => x.overdue).length,
      missingActors: a.actors.filter((x) => x.presence === 'missing').length,
    },
  };
}

const SMALL_GOALS = new Set(['3', '8', '9', '10', '11', '15']);

export function sampleAssessment(size: 'small' | 'full' = 'full'): Assessment {
  const full = build();
  if (size === 'full') return withDerived(full);
  const impacts = full.impacts.filter(
    (i) => i.step === 1 || (i.frameworkKind === 'agenda2030' && SMALL_GOALS.has(i.code.split('.')[0])),
  );
  const keptImpacts = impacts.filter(
    (i) => i.step === 1 || !i.code.includes('.') || ['3.8', '8.3', '11.3', '15.5'].includes(i.code),
  );
  const actors = full.actors.slice(0, 6);
  const has = (s: Side) =>
    s.type === 'item'
      ? keptImpacts.some((i) => i.itemId === s.itemId)
      : s.type === 'actor'
        ? actors.some((x) => x.id === s.actorId)
        : true;
  const conflicts = full.conflicts.filter((c) => has(c.a) && has(c.b)).slice(0, 3);
  const ids = new Set([...keptImpacts.map((i) => i.id), ...actors.map((x) => x.id), ...conflicts.map((c) => c.id)]);
  const actions = full.actions.filter((x) => ids.has(x.answersId)).slice(0, 3);
  return withDerived({ ...full, impacts: keptImpacts, actors, conflicts, actions, gates: full.gates.slice(0, 2) });
}
