import type { MilestoneKind } from './contract.js';

/**
 * The follow-up's mails. They go to people without a known language preference (the agreements'
 * contact persons), so they are in Swedish with an English paragraph, like the agreement reminders.
 */
const kinds: Record<MilestoneKind, [string, string]> = {
  reports_sent: ['Verksamhetsberättelser till kommunerna', 'Activity reports to the municipalities'],
  questionnaire: ['Samverkansorganens enkät', 'The collaboration bodies’ questionnaire'],
  compilation_shared: ['Sammanställning till kommunerna', 'Compilation to the municipalities'],
  municipal_meetings: ['Kommunvisa möten', 'Meetings per municipality'],
  joint_valuation: ['Kommunernas gemensamma värdering', 'The municipalities’ joint valuation'],
  council_decision: ['Beslut i samverkansrådet', 'Decision in the collaboration council'],
};

export function milestoneReminderMail(
  to: { name: string | null; email: string },
  m: { kind: MilestoneKind; dueDate: string; overdue: boolean },
  cycle: { title: string },
  url: string,
) {
  const [sv, en] = kinds[m.kind];
  return {
    to: to.email,
    subject: `${m.overdue ? 'Försenad' : 'Påminnelse'}: ${sv} – senast ${m.dueDate}`,
    text: [
      `Hej${to.name ? ` ${to.name}` : ''}!`,
      `Du är ansvarig för steget ”${sv}” i ${cycle.title}. ${m.overdue ? `Steget skulle ha varit klart ${m.dueDate} och är försenat.` : `Steget ska vara klart senast ${m.dueDate}.`}`,
      `Uppföljningen i Samsyn: ${url}`,
      `— English —\nYou are responsible for the step "${en}" of the follow-up; ${m.overdue ? `it was due ${m.dueDate} and is overdue` : `it is due ${m.dueDate}`}.`,
      'Samsyn',
    ].join('\n\n'),
  };
}

export function reportsPublishedMail(
  to: { name: string | null; email: string },
  municipality: string,
  cycle: { title: string; year: number },
  areas: string[],
  url: string,
) {
  return {
    to: to.email,
    subject: `Verksamhetsberättelser ${cycle.year} för bedömning – ${municipality}`,
    text: [
      `Hej${to.name ? ` ${to.name}` : ''}!`,
      `Regionens verksamhetsberättelser för ${cycle.title} är nu publicerade för ${municipality}: ${areas.join(', ')}.`,
      `Kommunen ombeds bedöma varje område och återkoppla vid det kommunvisa mötet i november. Bedömningen lämnas i Samsyn: ${url}`,
      `— English —\nThe region's activity reports for the follow-up ${cycle.year} are published for ${municipality}. Please assess each area and give your feedback at the meeting in November: ${url}`,
      'Samsyn',
    ].join('\n\n'),
  };
}

export function compilationSharedMail(
  to: { name: string | null; email: string },
  municipality: string,
  cycle: { title: string; year: number },
  url: string,
) {
  return {
    to: to.email,
    subject: `Sammanställning av uppföljningen ${cycle.year} – ${municipality}`,
    text: [
      `Hej${to.name ? ` ${to.name}` : ''}!`,
      `Regionen har sammanställt samverkansorganens bedömning av tjänstemannastödet och kommunernas bedömningar i ${cycle.title}.`,
      `Sammanställningen finns i Samsyn, som underlag för den gemensamma värderingen i Primärkommunala samverkansrådet: ${url}`,
      `— English —\nThe region has compiled the follow-up ${cycle.year}; the compilation is in Samsyn: ${url}`,
      'Samsyn',
    ].join('\n\n'),
  };
}
