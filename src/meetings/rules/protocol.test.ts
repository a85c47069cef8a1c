import { describe, expect, it } from 'vitest';
import { attendee } from './test-support.js';
import { profileFor } from './profiles.js';
import {
  immediateAdjustProblems,
  isBlocking,
  paragraphProblems,
  protocolProblems,
  readyToAdjust,
  type ProtocolDraft,
} from './protocol.js';

const au = profileFor('working_committee');

/**
 * Seed 004: Regionstyrelsens arbetsutskott, Region Halland, § 67 (RS181020), adjusted 2019-03-11 by
 * Mikaela Waltersson and Lise-Lotte Bensköld Olsson, "Vid protokollet Maria Fransson". The seed does
 * not list the other members; we add two so that the committee has a quorum.
 */
function seed004(): ProtocolDraft {
  const chair = attendee('Mikaela Waltersson', 'chair');
  const adjuster = attendee('Lise-Lotte Bensköld Olsson');
  return {
    bodyName: 'Regionstyrelsens arbetsutskott',
    place: 'Regionens hus, Halmstad',
    attendance: [
      chair,
      adjuster,
      attendee('Ledamot 3'),
      attendee('Ledamot 4', 'member', { present: false }),
      attendee('Maria Fransson', 'secretary'),
    ],
    chairId: chair.id,
    adjusterIds: [adjuster.id],
    paragraphs: [
      {
        number: 67,
        title: 'Avstämning av arbetet inom ramen för Modellregion för jämställdhetsintegrering 2019',
        hasProposal: true,
        propositions: [{ on: ['proposal'] }],
        decision: [
          'anteckna den lämnade informationen till protokollet',
          'uppdra till Regionkontoret att fortsätta arbetet enligt plan för Region Hallands jämställdhetsintegreringsarbete',
          'genomföra en kunskapshöjande insats om jämställdhetsintegrering för politiker och tjänstemän',
          'utse Patrik Thorsson Nilsson (S) till politisk ersättare i arbetet för Modellregion för jämställdhetsintegrering',
        ],
      },
    ],
  };
}

describe('protocol contents (5 kap. 66–67 §§, 6 kap. 35 §)', () => {
  it('finds nothing missing in seed 004’s § 67', () => {
    expect(protocolProblems(seed004(), au)).toEqual([]);
    expect(readyToAdjust(seed004(), au)).toBe(true);
  });

  it('lists what is missing before the adjusting can start', () => {
    const draft = seed004();
    const codes = protocolProblems(
      {
        ...draft,
        bodyName: ' ',
        place: null,
        chairId: null,
        adjusterIds: [],
        paragraphs: [{ ...draft.paragraphs[0]!, title: '', decision: [' '], jav: ['ghost'] }, draft.paragraphs[0]!],
      },
      au,
    ).map((p) => p.code);
    expect(codes).toEqual([
      'protocol.body_missing',
      'protocol.place_missing',
      'protocol.paragraph_duplicate',
      'protocol.chair_missing',
      'protocol.adjusters_missing',
      'paragraph.title_missing',
      'paragraph.decision_missing',
      'paragraph.jav_unknown',
    ]);
  });

  it('requires someone entitled to decide, and more than half the seats', () => {
    const draft = seed004();
    const [chair, adjuster, third] = draft.attendance;
    const p = draft.paragraphs[0]!;
    expect(
      paragraphProblems({ ...p, jav: [chair!.id, adjuster!.id, third!.id] }, draft.attendance).map((x) => x.code),
    ).toEqual(['paragraph.no_participants']);
    expect(paragraphProblems({ ...p, jav: [chair!.id, adjuster!.id] }, draft.attendance).map((x) => x.code)).toEqual([
      'paragraph.no_quorum',
    ]);
  });

  it('checks the §’s motions, propositions, vote and reservations, and lets advice through', () => {
    const draft = seed004();
    const [chair, adjuster, third, absent] = draft.attendance;
    const p = {
      ...draft.paragraphs[0]!,
      motions: [
        { id: 'm1', by: [third!.id], kind: 'rejection' as const },
        { id: 'm2', by: [adjuster!.id], kind: 'postponement' as const },
      ],
      propositions: [{ on: ['proposal', 'm1'] }, { on: ['m2'] }],
      vote: {
        votes: [
          { participantId: absent!.id, choice: 'no' as const },
          { participantId: chair!.id, choice: 'yes' as const },
        ],
      },
      reservations: [{ by: [absent!.id], inFavourOf: 'm1' }],
    };
    const problems = paragraphProblems(p, draft.attendance);
    expect(problems.map((x) => [x.code, x.name])).toEqual([
      ['proposition.order', undefined],
      ['vote.absent', 'Ledamot 4'],
      ['reservation.absent', 'Ledamot 4'],
    ]);
    expect(problems.filter(isBlocking).map((x) => x.code)).toEqual(['vote.absent', 'reservation.absent']);
  });

  it('asks for two adjusters where the body says so (fullmäktige)', () => {
    const rf = profileFor('full_council', { minAdjusters: 2 });
    expect(protocolProblems(seed004(), rf).map((p) => p.code)).toEqual(['protocol.adjusters_missing']);
  });
});

describe('immediate adjusting of one § (omedelbar justering)', () => {
  it('is possible when the § is complete and the signers were there', () => {
    expect(immediateAdjustProblems(seed004(), 67, au)).toEqual([]);
  });

  it('names a signer who was not present at the §, and an unknown §', () => {
    const draft = seed004();
    const adjuster = draft.attendance[1]!;
    const away = {
      ...draft,
      attendance: draft.attendance.map((a) => (a.id === adjuster.id ? { ...a, untilNumber: 66 } : a)),
    };
    expect(immediateAdjustProblems(away, 67, au).map((p) => [p.code, p.name])).toEqual([
      ['paragraph.signer_absent', 'Lise-Lotte Bensköld Olsson'],
      ['paragraph.no_quorum', undefined], // 2 of 4 seats left: not more than half
    ]);
    expect(immediateAdjustProblems(draft, 68, au).map((p) => p.code)).toEqual(['paragraph.unknown']);
  });
});
