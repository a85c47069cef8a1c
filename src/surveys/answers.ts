import { AppError } from '../platform/errors.js';
import type { Answers, AnswersInput, AnswerValue, Question, Section } from './contract.js';

/** The questions of a questionnaire in order, numbered from 1 across its sections. */
export function numbered(sections: Section[]): { q: Question; number: number }[] {
  return sections.flatMap((s) => s.questions).map((q, i) => ({ q, number: i + 1 }));
}

const invalid = (q: Question, number: number, reason: string, message: string) =>
  new AppError('survey.answer_invalid', `Question ${number} (${q.key}): ${message}`, {
    field: `answers.${q.key}`,
    question: String(number),
    key: q.key,
    reason,
  });

/**
 * Check one answer against its question: an option of the question, a rating inside 1–N, text
 * within the limit. Returns the answer to keep, or null when it is empty (a cleared answer).
 */
export function checkAnswer(q: Question, number: number, value: AnswerValue): AnswerValue | null {
  const codes = 'options' in q ? new Set(q.options.map((o) => o.code)) : new Set<string>();
  switch (q.type) {
    case 'single_choice':
      if (typeof value !== 'string') throw invalid(q, number, 'type', 'choose one option');
      if (!codes.has(value)) throw invalid(q, number, 'option', `"${value.slice(0, 40)}" is not one of its options`);
      return value;
    case 'multiple_choice': {
      if (!Array.isArray(value)) throw invalid(q, number, 'type', 'choose options as a list');
      const unknown = value.find((v) => !codes.has(v));
      if (unknown !== undefined)
        throw invalid(q, number, 'option', `"${unknown.slice(0, 40)}" is not one of its options`);
      const unique = [...new Set(value)];
      if (q.maxSelected != null && unique.length > q.maxSelected)
        throw invalid(q, number, 'too_many', `at most ${q.maxSelected} options`);
      return unique.length ? q.options.map((o) => o.code).filter((c) => unique.includes(c)) : null;
    }
    case 'matrix': {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw invalid(q, number, 'type', 'answer each statement with an option');
      const keys = new Set(q.statements.map((s) => s.key));
      for (const [k, v] of Object.entries(value)) {
        if (!keys.has(k)) throw invalid(q, number, 'statement', `"${k.slice(0, 40)}" is not one of its statements`);
        if (!codes.has(v)) throw invalid(q, number, 'option', `"${String(v).slice(0, 40)}" is not one of its options`);
      }
      return Object.keys(value).length ? value : null;
    }
    case 'rating':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > q.max)
        throw invalid(q, number, 'range', `give a whole number from 1 to ${q.max}`);
      return value;
    case 'short_text':
    case 'long_text': {
      if (typeof value !== 'string') throw invalid(q, number, 'type', 'answer with text');
      const text = value.trim();
      if (text.length > q.maxLength)
        throw invalid(q, number, 'too_long', `at most ${q.maxLength} characters (now ${text.length})`);
      return text || null;
    }
  }
}

/** Saved answers with the new ones laid over them; each new one is checked, null or empty clears. */
export function mergeAnswers(sections: Section[], base: Answers, input: AnswersInput): Answers {
  const byKey = new Map(numbered(sections).map((x) => [x.q.key, x]));
  const out: Answers = { ...base };
  for (const [key, value] of Object.entries(input)) {
    const found = byKey.get(key);
    if (!found)
      throw new AppError('survey.answer_invalid', `There is no question ${key} in this questionnaire`, {
        field: `answers.${key}`,
        question: key,
        key,
        reason: 'unknown_question',
      });
    const kept = value === null ? null : checkAnswer(found.q, found.number, value);
    if (kept === null) delete out[key];
    else out[key] = kept;
  }
  return out;
}

/** Refuse a submit that leaves a required question (or a statement of a required matrix) unanswered. */
export function requireAnswers(sections: Section[], answers: Answers): void {
  const missing = numbered(sections).filter(({ q }) => {
    if (!q.required) return false;
    const v = answers[q.key];
    if (v == null) return true;
    if (q.type === 'matrix') return q.statements.some((s) => !(v as Record<string, string>)[s.key]);
    return false;
  });
  if (missing.length) {
    const list = missing.map((m) => String(m.number)).join(', ');
    throw new AppError(
      'survey.answer_required',
      `Answer the required question${missing.length > 1 ? 's' : ''} ${list}`,
      {
        field: `answers.${missing[0].q.key}`,
        question: list,
        keys: missing.map((m) => m.q.key),
      },
    );
  }
}
