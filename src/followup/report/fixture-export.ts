import { sampleCycle } from './fixture.js';
import { BODIES, surveySections, yearAnswers } from './fixture-survey.js';
import type { ResponsesExport } from './responses.js';

/** The responses export of the sample cycle (tests and samples only): this year's answers to the extended questionnaire. */
export function sampleExport(anonymous = false, locale: 'sv' | 'en' = 'sv'): ResponsesExport {
  const cycle = sampleCycle();
  const organisations = [
    'Region Jämtland Härjedalen',
    'Östersunds kommun',
    'Region Jämtland Härjedalen',
    'Krokoms kommun',
    'Åre kommun',
    'Bergs kommun',
  ];
  const respondents = ['Karin Olsson', 'Per Ek', 'Lena Åström', 'Jonas Öberg', 'Sara Lind', 'Ola Persson'];
  return {
    title:
      locale === 'sv'
        ? 'Frågor för uppföljning av samverkan mellan Region Jämtland Härjedalen och länets kommuner'
        : 'Questions for the follow-up of the collaboration',
    anonymous,
    sections: surveySections(true),
    rows: yearAnswers(0, true).map((answers, i) => ({
      bodyName: anonymous ? null : BODIES[i],
      organisationName: anonymous ? null : organisations[i],
      respondentName: anonymous ? null : respondents[i],
      submittedAt: anonymous ? null : `2025-10-${String(13 + i).padStart(2, '0')}T12:3${i}:00.000Z`,
      answers,
    })),
    feedback: cycle.municipalities.map((m) => ({
      municipalityName: m.organisationName,
      areas: m.areas.map((a) => ({
        code: a.areaCode,
        name: cycle.areas.find((x) => x.code === a.areaCode)!.name,
        rating: a.rating,
        comment: a.comment,
      })),
      meetingDate: m.meetingDate,
      participants: m.participants,
      notes: m.notes,
      status: m.status,
    })),
  };
}
