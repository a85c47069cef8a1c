import type { Assessment, Conflict, Side } from '../contract.js';
import { actorMapSvg } from './actor-map.js';
import { byCode, GOALS, goalName, tallyOf } from './goals.js';
import { impactWheelSvg } from './impact-wheel.js';
import { figure as svgFigure, list, para, type Block } from '../../documents/index.js';
import { day, texts, type Locale, type Texts } from './texts.js';

/** The assessment report as the documents module's blocks, which the Word and the PDF writer both draw. */

/** The wheel and the map use gradients and opacity that svg-to-pdfkit draws poorly: pictures in the PDF too. */
const figure = (svg: string, caption: string, t: Texts): Block =>
  svgFigure(svg, t.pictureCaption(caption), { raster: true });

export const sideLabel = (s: Side, locale: Locale): string =>
  s.code && !s.label[locale].startsWith(s.code) ? `${s.code} ${s.label[locale]}` : s.label[locale];

function gateBlocks(a: Assessment, step: number, t: Texts): Block[] {
  const out: Block[] = [];
  const need = a.positionsNeeded[String(step)];
  if (step <= 3) {
    const answer = need ? `${need.needed ? t.yes : t.no}${need.note ? ` – ${need.note}` : ''}` : t.notAnswered;
    out.push({ type: 'fields', rows: [[t.positionsNeeded, answer]] });
  }
  const gate = a.gates.filter((g) => g.step === step).sort((x, y) => y.decidedAt.localeCompare(x.decidedAt))[0];
  const gateText = gate
    ? t.gateLine(t.gateDecisions[gate.decision], gate.reason, gate.decidedBy, day(gate.decidedAt))
    : t.noGate;
  out.push({ type: 'fields', rows: [[t.gate, gateText]] });
  return out;
}

const conflictsIn = (a: Assessment, step: number, t: Texts): Block[] => {
  const n = a.conflicts.filter((c) => c.foundInStep === step).length;
  return n ? [para(t.conflictsInStep(n), 'note')] : [];
};

const conflictSummary = (c: Conflict, locale: Locale, t: Texts): string =>
  `${sideLabel(c.a, locale)} ${t.versus} ${sideLabel(c.b, locale)}${c.description ? ` – ${c.description}` : ''} (${t.severity}: ${t.severities[c.severity]}; ${t.status}: ${t.conflictStatuses[c.status]})`;

function step1(a: Assessment, locale: Locale, t: Texts): Block[] {
  const rus = a.impacts.filter((i) => i.step === 1).sort((x, y) => byCode(x.code, y.code));
  return [
    { type: 'heading', level: 1, text: t.steps[1] },
    para(t.stepQuestions[1], 'question'),
    rus.length
      ? {
          type: 'table',
          columns: [
            { title: t.goal, width: 34 },
            { title: t.effect, width: 20 },
            { title: t.motivation, width: 46 },
          ],
          rows: rus.map((i) => [`${i.code} ${i.name[locale]}`, t.effects[i.effect], i.motivation ?? '']),
        }
      : para(t.noImpacts),
    ...conflictsIn(a, 1, t),
    ...gateBlocks(a, 1, t),
  ];
}

function step2(a: Assessment, locale: Locale, t: Texts): Block[] {
  const impacts = a.impacts.filter((i) => i.step === 2);
  const keys = [...new Set(impacts.map((i) => i.frameworkKey))].sort(
    (x, y) => Number(y === 'agenda2030') - Number(x === 'agenda2030'),
  );
  const out: Block[] = [{ type: 'heading', level: 1, text: t.steps[2] }, para(t.stepQuestions[2], 'question')];
  if (!impacts.length) out.push(para(t.noImpacts));
  for (const key of keys) {
    const rows = impacts.filter((i) => i.frameworkKey === key).sort((x, y) => byCode(x.code, y.code));
    const fw = a.frameworks.find((f) => f.key === key);
    out.push({ type: 'heading', level: 2, text: fw ? fw.name[locale] : key });
    out.push({
      type: 'table',
      columns: [
        { title: t.code, width: 9 },
        { title: t.name, width: 27 },
        { title: t.effect, width: 16 },
        { title: t.directnessLabel, width: 14 },
        { title: t.motivation, width: 34 },
      ],
      rows: rows.map((i) => [
        i.code,
        i.name[locale],
        t.effects[i.effect],
        t.directness[i.directness ?? 'none'],
        i.motivation ?? '',
      ]),
    });
  }
  const ranked = impacts.filter((i) => i.relevanceRank != null).sort((x, y) => x.relevanceRank! - y.relevanceRank!);
  out.push({ type: 'heading', level: 2, text: t.mostRelevant });
  out.push(
    ranked.length
      ? list(
          true,
          ranked.map(
            (i) =>
              `${i.code} ${i.frameworkKind === 'agenda2030' && !i.code.includes('.') ? goalName(i.code, locale) : i.name[locale]}${i.motivation ? ` – ${i.motivation}` : ''}`,
          ),
        )
      : para(t.noneRanked),
  );
  out.push({ type: 'heading', level: 2, text: t.impactWheel }, figure(impactWheelSvg(a, locale), t.impactWheel, t));
  const tallies = GOALS.map((g) => tallyOf(a, g.code)).filter((g) => g.positive + g.negative + g.unknown > 0);
  if (tallies.length) {
    out.push(para(t.wheelTable, 'note'));
    out.push({
      type: 'table',
      columns: [
        { title: t.goal, width: 40 },
        ...[t.colPositive, t.colNegative, t.colUnknown, t.directness.direct, t.directness.indirect].map((title) => ({
          title,
          width: 12,
        })),
      ],
      rows: tallies.map((g) => [
        `${g.goal} ${goalName(g.goal, locale)}`,
        String(g.positive),
        String(g.negative),
        String(g.unknown),
        String(g.direct),
        String(g.indirect),
      ]),
    });
  }
  return [...out, ...conflictsIn(a, 2, t), ...gateBlocks(a, 2, t)];
}

function step3(a: Assessment, locale: Locale, t: Texts): Block[] {
  const order = ['manage_closely', 'keep_satisfied', 'keep_informed', 'monitor'];
  const actors = [...a.actors].sort(
    (x, y) =>
      Number(x.presence === 'present') - Number(y.presence === 'present') ||
      order.indexOf(x.quadrant) - order.indexOf(y.quadrant) ||
      x.name.localeCompare(y.name, locale),
  );
  const between = a.conflicts.filter(
    (c) => c.a.type === 'actor' || c.b.type === 'actor' || (c.kind === 'interest' && c.foundInStep === 3),
  );
  return [
    { type: 'heading', level: 1, text: t.steps[3] },
    para(t.stepQuestions[3], 'question'),
    { type: 'heading', level: 2, text: t.actors },
    actors.length
      ? {
          type: 'table',
          columns: [
            { title: t.actor, width: 24 },
            { title: t.relation, width: 13 },
            { title: t.presence, width: 15 },
            { title: t.power, width: 7 },
            { title: t.interest, width: 10 },
            { title: t.stance, width: 13 },
            { title: t.quadrant, width: 18 },
          ],
          rows: actors.map((x) => [
            x.name,
            t.relations[x.relation],
            t.presences[x.presence],
            String(x.power),
            String(x.interest),
            t.stances[x.stance],
            t.quadrants[x.quadrant],
          ]),
          emphasis: actors.map((x) => x.presence === 'missing'),
        }
      : para(t.noActors),
    { type: 'heading', level: 2, text: t.actorMap },
    figure(actorMapSvg(a, locale), t.actorMap, t),
    { type: 'heading', level: 2, text: t.actorConflicts },
    between.length
      ? list(
          false,
          between.map((c) => conflictSummary(c, locale, t)),
        )
      : para(t.noActorConflicts),
    ...gateBlocks(a, 3, t),
  ];
}

function step4(a: Assessment, locale: Locale, t: Texts): Block[] {
  const actions = [...a.actions].sort((x, y) => x.deadline.localeCompare(y.deadline));
  const responsible = (x: Assessment['actions'][number]) =>
    [x.responsibleOrganisationName, x.responsiblePersonName].filter(Boolean).join(', ');
  return [
    { type: 'heading', level: 1, text: t.steps[4] },
    para(t.stepQuestions[4], 'question'),
    { type: 'heading', level: 2, text: t.actionPlan },
    actions.length
      ? {
          type: 'table',
          columns: [
            { title: t.action, width: 28 },
            { title: t.answers, width: 23 },
            { title: t.responsible, width: 20 },
            { title: t.deadline, width: 15 },
            { title: t.status, width: 14 },
          ],
          rows: actions.map((x) => [
            x.title,
            x.answersLabel[locale],
            responsible(x),
            x.deadline,
            `${t.actionStatuses[x.status]}${x.overdue ? ` – ${t.overdueMark}` : ''}`,
          ]),
          emphasis: actions.map((x) => x.overdue),
        }
      : para(t.noActions),
    ...gateBlocks(a, 4, t),
  ];
}

function conflicts(a: Assessment, locale: Locale, t: Texts): Block[] {
  const out: Block[] = [{ type: 'heading', level: 1, text: t.conflictsSection }];
  if (!a.conflicts.length) out.push(para(t.noConflicts));
  a.conflicts.forEach((c, i) => {
    out.push({
      type: 'heading',
      level: 2,
      text: `${t.conflict(i + 1)}: ${sideLabel(c.a, locale)} ${t.versus} ${sideLabel(c.b, locale)}`,
    });
    const rows: [string, string][] = [
      [t.kind, t.kinds[c.kind]],
      [t.foundIn, t.steps[c.foundInStep] ?? t.stepShort(c.foundInStep)],
      [t.sideA, sideLabel(c.a, locale)],
      [t.sideB, sideLabel(c.b, locale)],
      [t.severity, t.severities[c.severity]],
      [t.status, t.conflictStatuses[c.status]],
    ];
    if (c.description) rows.push([t.description, c.description]);
    out.push({ type: 'fields', rows });
    if (c.position) {
      const p = c.position;
      const pos: [string, string][] = [
        [t.position, p.text],
        [t.positionBody, p.bodyName ?? t.unknownBody],
        [t.positionDate, day(p.date)],
      ];
      if (p.caseNumber) pos.push([t.caseNumber, p.caseNumber]);
      out.push({ type: 'fields', rows: pos });
    } else out.push(para(t.noPosition, 'note'));
  });
  return out;
}

export function reportBlocks(a: Assessment, locale: Locale): Block[] {
  const t = texts(locale);
  const i = a.initiative;
  const head: [string, string][] = [
    [t.programme, i.programmeName],
    [t.initiative, i.name],
    [t.assessmentNumber, String(a.number)],
    [t.status, t.assessmentStatus[a.status]],
    [t.date, day(a.finishedAt) || day(new Date().toISOString())],
  ];
  if (a.finishedBy) head.push([t.finishedBy, a.finishedBy]);
  if (i.stakeholderGroups.length) head.push([t.stakeholderGroups, i.stakeholderGroups.join(', ')]);
  const stepsDecided = [1, 2, 3, 4].map((s): [string, string] => {
    const g = a.gates.filter((x) => x.step === s).sort((x, y) => y.decidedAt.localeCompare(x.decidedAt))[0];
    return [t.steps[s], g ? t.gateDecisions[g.decision] : t.noGate];
  });
  return [
    { type: 'title', text: t.reportTitle, subtitle: i.name },
    { type: 'fields', rows: head },
    ...(i.description ? [para(i.description)] : []),
    { type: 'heading', level: 1, text: t.summary },
    list(false, [
      t.summaryImpacts(a.impacts.length),
      t.summaryConflicts(a.counts.openConflicts, a.conflicts.length),
      t.summaryOverdue(a.counts.overdueActions, a.actions.length),
      t.summaryMissing(a.counts.missingActors),
    ]),
    { type: 'fields', rows: stepsDecided },
    { type: 'pageBreak' },
    ...step1(a, locale, t),
    ...step2(a, locale, t),
    ...step3(a, locale, t),
    ...step4(a, locale, t),
    ...conflicts(a, locale, t),
  ];
}
