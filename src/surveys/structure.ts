import { inArray } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import type { Question, Section, SectionInput } from './contract.js';
import { surveyScales } from './schema.js';

const structure = (message: string, field: string) => new AppError('survey.structure_invalid', message, { field });

/** Keys must be unique; the error points at the second use (`field(i)` names the i-th key's place). */
function unique(keys: string[], what: string, field: (i: number) => string) {
  const seen = new Set<string>();
  keys.forEach((k, i) => {
    if (seen.has(k)) throw structure(`The ${what} key "${k}" is used twice`, field(i));
    seen.add(k);
  });
}

/**
 * Turn what an author wrote into stored sections: keys unique, each choice question's scale one
 * the county may use, and its options copied in.
 */
export async function buildSections(tx: Executor, countyId: string, input: SectionInput[]): Promise<Section[]> {
  unique(
    input.map((s) => s.key),
    'section',
    (i) => `sections.${i}.key`,
  );
  const places = input.flatMap((s, si) =>
    s.questions.map((q, qi) => ({ key: q.key, field: `sections.${si}.questions.${qi}.key` })),
  );
  unique(
    places.map((p) => p.key),
    'question',
    (i) => places[i].field,
  );
  const scaleIds = [...new Set(input.flatMap((s) => s.questions.flatMap((q) => ('scaleId' in q ? [q.scaleId] : []))))];
  const scales = scaleIds.length ? await tx.select().from(surveyScales).where(inArray(surveyScales.id, scaleIds)) : [];
  const usable = new Map(scales.filter((s) => s.countyId == null || s.countyId === countyId).map((s) => [s.id, s]));
  return input.map((s, si) => ({
    key: s.key,
    title: s.title,
    questions: s.questions.map((q, qi): Question => {
      const field = `sections.${si}.questions.${qi}`;
      if (q.type === 'multiple_choice') {
        unique(
          q.options.map((o) => o.code),
          'option',
          (i) => `${field}.options.${i}.code`,
        );
        if (q.maxSelected != null && q.maxSelected > q.options.length)
          throw structure(
            `Question ${q.key}: at most ${q.options.length} can be chosen (there are no more options)`,
            `${field}.maxSelected`,
          );
      }
      if (q.type === 'matrix')
        unique(
          q.statements.map((x) => x.key),
          'statement',
          (i) => `${field}.statements.${i}.key`,
        );
      if (q.type === 'single_choice' || q.type === 'matrix') {
        const scale = usable.get(q.scaleId);
        if (!scale)
          throw new AppError('survey.scale_unknown', `Question ${q.key}: choose one of the scales of the county`, {
            field: `${field}.scaleId`,
          });
        return { ...q, options: scale.options };
      }
      return q;
    }),
  }));
}

export function checkDates(opensAt: string, closesAt: string) {
  if (closesAt < opensAt)
    throw new AppError('survey.dates_invalid', `The closing date ${closesAt} is before the opening date ${opensAt}`, {
      field: 'closesAt',
    });
}
