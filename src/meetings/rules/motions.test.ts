import { describe, expect, it } from 'vitest';
import { attendee, seed003Council } from './test-support.js';
import { motionProblems, propositionOrder, propositionProblems, supportersOf, type Motion } from './motions.js';

describe('seed 003: Regionstyrelsen § 161 (RS/333/2015), 2015-05-26–27', () => {
  const elin = attendee('Elin Lemon (C)');
  const thomas = attendee('Thomas Andersson (C)');
  const christer = attendee('Christer Siwertsson (M)');
  const susanne = attendee('Susanné Wallner (M)');
  const hans = attendee('Hans Wessén'); // the seed gives no party
  const chair = attendee('Ordföranden', 'chair');
  const attendance = [chair, elin, thomas, christer, susanne, hans];
  const p = { number: 161, jav: [] };
  // "Elin Lemon (C) och Thomas Andersson (C) yrkar att frågan behandlas i Regionens samverkansråd.
  //  Christer Siwertsson (M), Susanné Wallner (M) och Hans Wessén yrkar bifall till Elin Lemons yrkande."
  const motions: Motion[] = [
    { id: 'lemon', by: [elin.id, thomas.id], kind: 'addition' },
    { id: 'support', by: [christer.id, susanne.id, hans.id], kind: 'approval', supports: 'lemon' },
  ];

  it('joins the supporters to Elin Lemon’s motion', () => {
    expect(motionProblems(motions, attendance, p)).toEqual([]);
    expect(supportersOf(motions).get('lemon')).toEqual([elin.id, thomas.id, christer.id, susanne.id, hans.id]);
  });

  it('puts the proposal first and then Elin Lemon’s motion, as the chair did', () => {
    expect(propositionOrder(motions)).toEqual([
      { stage: 'main', alternatives: ['proposal'] },
      { stage: 'addition', alternatives: ['lemon'] },
    ]);
    expect(propositionProblems([{ on: ['proposal'] }, { on: ['lemon'] }], motions)).toEqual([]);
  });
});

describe('seed 003: Regionfullmäktige § 73, 2015-06-16–17', () => {
  const { attendance, byName } = seed003Council();
  const berit = byName('Berit Johansson');
  const p = { number: 73, jav: [] };
  // "Berit Johansson (C) yrkar bifall till motionen och till regionstyrelsens förslag att frågan ska
  //  behandlas i regionens samverkansråd."
  const motions: Motion[] = [
    { id: 'berit', by: [berit.id], kind: 'approval' },
    { id: 'berit-rs', by: [berit.id], kind: 'approval', supports: 'proposal' },
  ];

  it('puts the presidium’s proposal against Berit Johansson’s motion', () => {
    expect(motionProblems(motions, attendance, p)).toEqual([]);
    expect(propositionOrder(motions)).toEqual([{ stage: 'main', alternatives: ['proposal', 'berit'] }]);
    expect(propositionProblems([{ on: ['proposal', 'berit'] }, { on: ['proposal'] }], motions)).toEqual([]);
  });

  it('notices a motion never put, an unknown one, and återremiss put after the main question', () => {
    const more: Motion[] = [...motions, { id: 'back', by: [byName('Monalisa Norrman').id], kind: 'referral_back' }];
    expect(propositionOrder(more)[0]).toEqual({ stage: 'referral_back', alternatives: ['back'] });
    expect(propositionProblems([{ on: ['proposal'] }, { on: ['x'] }], more).map((x) => x.code)).toEqual([
      'proposition.unknown',
      'proposition.missing',
      'proposition.missing',
    ]);
    expect(propositionProblems([{ on: ['proposal', 'berit'] }, { on: ['back'] }], more).map((x) => x.code)).toEqual([
      'proposition.order',
    ]);
  });

  it('orders återremiss, bordläggning, the main question and each addition', () => {
    const m = (id: string, kind: Motion['kind'], supports?: string): Motion => ({ id, by: [berit.id], kind, supports });
    expect(
      propositionOrder([
        m('add', 'addition'),
        m('no', 'rejection'),
        m('later', 'postponement'),
        m('back', 'referral_back'),
        m('change', 'amendment'),
        m('also', 'approval', 'no'),
      ]),
    ).toEqual([
      { stage: 'referral_back', alternatives: ['back'] },
      { stage: 'postponement', alternatives: ['later'] },
      { stage: 'main', alternatives: ['proposal', 'no', 'change'] },
      { stage: 'addition', alternatives: ['add'] },
    ]);
  });

  it('refuses motions by someone who may not make them, and unknown or circular support', () => {
    const secretary = attendee('Sekreterare', 'secretary');
    const problems = motionProblems(
      [
        { id: 'a', by: [secretary.id], kind: 'approval' },
        { id: 'b', by: [berit.id], kind: 'approval', supports: 'c' },
        { id: 'c', by: [berit.id], kind: 'approval', supports: 'b' },
        { id: 'd', by: [berit.id], kind: 'rejection', supports: 'zzz' },
      ],
      [...attendance, secretary],
      p,
    );
    expect(problems.map((x) => [x.code, x.motionId])).toEqual([
      ['motion.by_not_entitled', 'a'],
      ['motion.supports_cycle', 'b'],
      ['motion.supports_cycle', 'c'],
      ['motion.support_kind', 'd'],
      ['motion.supports_unknown', 'd'],
    ]);
    expect(problems[0]!.name).toBe('Sekreterare');
  });
});
