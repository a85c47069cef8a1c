import { defineErrors } from '../platform/errors.js';

/** The meetings error codes: status and meaning (the web's texts live in src/web/i18n/{sv,en}/errors.ts). */
export const meetingErrors = defineErrors({
  'case.number_taken': { status: 409, meaning: 'The registration number is already used in this series and year.' },
  'case.body_elsewhere': { status: 400, meaning: 'The body belongs to another county.' },
  'case.item_elsewhere': { status: 400, meaning: 'The § does not belong to this case.' },
  'case.document_too_large': { status: 413, meaning: 'The document is larger than the upload limit.' },
  'case.document_type': { status: 415, meaning: 'The document is not the PDF, Word or Excel file it claims to be.' },
  'meeting.dates': { status: 400, meaning: 'The meeting ends before it starts.' },
  'meeting.participant_unknown': {
    status: 400,
    meaning: 'A participant named is not among the meeting’s participants.',
  },
  'meeting.participant_invalid': {
    status: 400,
    meaning: 'A participant is not on the body’s roster or is described wrongly.',
  },
  'meeting.motion_unknown': { status: 400, meaning: 'A motion referred to does not exist in the §.' },
  'meeting.motion_invalid': {
    status: 400,
    meaning: 'A motion is made by someone who may not make one there, or its support is wrong.',
  },
  'meeting.vote_not_entitled': { status: 400, meaning: 'A member voted who has no vote in the body at that §.' },
  'meeting.vote_absent': { status: 400, meaning: 'A member voted who was not present at that §.' },
  'meeting.vote_jav': { status: 400, meaning: 'A member voted in a § they did not take part in because of jäv.' },
  'meeting.vote_count': { status: 400, meaning: 'More votes than members entitled to vote, or someone voted twice.' },
  'meeting.reservation_absent': { status: 400, meaning: 'A reservation by someone who was not present at the §.' },
  'meeting.status': { status: 409, meaning: 'The meeting is not in a state that allows this.' },
  'meeting.protocol_locked': {
    status: 409,
    meaning: 'The protocol (or the §) is adjusted and locked; correct it as a new edition.',
  },
  'meeting.not_adjusted': { status: 409, meaning: 'The protocol is not adjusted yet, so it cannot be announced.' },
  'meeting.no_notice': { status: 409, meaning: 'The body’s rules have no notice board announcement.' },
  'meeting.number_taken': { status: 409, meaning: 'The body already has a § with this number in the year.' },
  'meeting.already_approved': { status: 409, meaning: 'The person has already approved this edition.' },
  'meeting.not_ready': {
    status: 409,
    meaning:
      'The protocol is not ready to adjust: it lacks what the law requires (details.problems lists each, e.g. a § without a decision).',
  },
  'meeting.no_adjusters': {
    status: 409,
    meaning: 'The protocol has no chair or adjusters with an account to approve it.',
  },
});

type MeetingErrors = typeof meetingErrors;
declare module '../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this capability's codes
  interface ErrorCodes extends MeetingErrors {}
}
