import type { Answers, AnswerValue, Question, Section } from '../../surveys/contract.js';
import { texts, type Locale } from './texts.js';

/** Every questionnaire response (and the municipalities' assessments) laid out as columns, for Excel and CSV alike. */
export interface ResponsesExport {
  /** The questionnaire's title in the locale. */
  title: string;
  /** When true there are no respondent/body/organisation/time columns at all. */
  anonymous: boolean;
  sections: Section[];
  rows: {
    bodyName: string | null;
    organisationName: string | null;
    respondentName: string | null;
    submittedAt: string | null;
    answers: Answers;
  }[];
  feedback: {
    municipalityName: string;
    areas: { code: string; name: string; rating: string | null; comment: string | null }[];
    meetingDate: string | null;
    participants: string | null;
    notes: string | null;
    status: string;
  }[];
}
export type ResponseRow = ResponsesExport['rows'][number];
export type FeedbackRow = ResponsesExport['feedback'][number];

export interface ExportColumn<R> {
  header: string;
  /** Width in Excel's characters. */
  width: number;
  /** `datetime` cells hold an ISO timestamp; `long` ones wrap. */
  kind: 'text' | 'long' | 'number' | 'datetime' | 'date';
  value: (row: R) => string | number | null;
}

const labelOf = (
  q: { options: { code: string; label: { sv: string; en: string } }[] },
  code: unknown,
  locale: Locale,
) => (typeof code === 'string' ? (q.options.find((o) => o.code === code)?.label[locale] ?? code) : null);

const picked = (v: AnswerValue | undefined): string[] => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []);

function questionColumns(q: Question, locale: Locale): ExportColumn<ResponseRow>[] {
  const t = texts(locale);
  const title = q.text[locale];
  const v = (r: ResponseRow) => r.answers[q.key];
  switch (q.type) {
    case 'single_choice':
      return [{ header: title, width: 24, kind: 'text', value: (r) => labelOf(q, v(r), locale) }];
    case 'multiple_choice':
      return q.options.map((o) => ({
        header: `${title}: ${o.label[locale]}`,
        width: 16,
        kind: 'text',
        value: (r) => (picked(v(r)).includes(o.code) ? t.yes : null),
      }));
    case 'matrix':
      return q.statements.map((s) => ({
        header: `${title}: ${s.text[locale]}`,
        width: 22,
        kind: 'text',
        value: (r) => {
          const a = v(r);
          return a && typeof a === 'object' && !Array.isArray(a) ? labelOf(q, a[s.key], locale) : null;
        },
      }));
    case 'rating':
      return [
        {
          header: title,
          width: 12,
          kind: 'number',
          value: (r) => {
            const a = v(r);
            return typeof a === 'number'
              ? a
              : typeof a === 'string' && a.trim() !== '' && Number.isFinite(Number(a))
                ? Number(a)
                : null;
          },
        },
      ];
    case 'short_text':
    case 'long_text':
      return [
        {
          header: title,
          width: q.type === 'long_text' ? 60 : 30,
          kind: 'long',
          value: (r) => (typeof v(r) === 'string' ? (v(r) as string) : null),
        },
      ];
  }
}

export function responseColumns(input: ResponsesExport, locale: Locale): ExportColumn<ResponseRow>[] {
  const t = texts(locale);
  const who: ExportColumn<ResponseRow>[] = input.anonymous
    ? []
    : [
        { header: t.colBody, width: 28, kind: 'text', value: (r) => r.bodyName },
        { header: t.colOrganisation, width: 24, kind: 'text', value: (r) => r.organisationName },
        { header: t.colRespondent, width: 22, kind: 'text', value: (r) => r.respondentName },
        { header: t.colSubmitted, width: 17, kind: 'datetime', value: (r) => r.submittedAt },
      ];
  return [...who, ...input.sections.flatMap((s) => s.questions.flatMap((q) => questionColumns(q, locale)))];
}

export function feedbackColumns(input: ResponsesExport, locale: Locale): ExportColumn<FeedbackRow>[] {
  const t = texts(locale);
  const areas = new Map<string, string>();
  for (const f of input.feedback) for (const a of f.areas) if (!areas.has(a.code)) areas.set(a.code, a.name);
  const area = (f: FeedbackRow, code: string) => f.areas.find((a) => a.code === code);
  return [
    { header: t.municipality, width: 22, kind: 'text', value: (f) => f.municipalityName },
    ...[...areas].flatMap(([code, name]): ExportColumn<FeedbackRow>[] => [
      {
        header: t.colRating(`${code} ${name}`),
        width: 20,
        kind: 'text',
        value: (f) => {
          const r = area(f, code)?.rating;
          return r ? (t.ratings[r] ?? r) : null;
        },
      },
      {
        header: t.colComment(`${code} ${name}`),
        width: 40,
        kind: 'long',
        value: (f) => area(f, code)?.comment ?? null,
      },
    ]),
    { header: t.colMeetingDate, width: 13, kind: 'date', value: (f) => f.meetingDate },
    { header: t.colParticipants, width: 30, kind: 'long', value: (f) => f.participants },
    { header: t.colNotes, width: 50, kind: 'long', value: (f) => f.notes },
    { header: t.status, width: 14, kind: 'text', value: (f) => t.feedbackStatuses[f.status] ?? f.status },
  ];
}
