import type { QuestionType, Section } from '../../../../surveys/contract';

/**
 * A questionnaire's sections as the editor holds them: every field as typed (numbers as text), a
 * local id per row so React keeps focus and state through reordering, and whether a code is still
 * the generated one (then it follows the Swedish wording).
 */
export interface OptionDraft {
  id: string;
  code: string;
  codeAuto: boolean;
  sv: string;
  en: string;
}
export interface QuestionDraft {
  id: string;
  type: QuestionType;
  key: string;
  textSv: string;
  textEn: string;
  helpSv: string;
  helpEn: string;
  required: boolean;
  // Every type's own fields are kept, so switching the type back and forth loses nothing.
  scaleId: string;
  options: OptionDraft[];
  maxSelected: string;
  statements: OptionDraft[];
  max: string;
  maxLength: string;
}
export interface SectionDraft {
  id: string;
  key: string;
  keyAuto: boolean;
  titleSv: string;
  titleEn: string;
  questions: QuestionDraft[];
}

let seq = 0;
export const newId = () => `d${++seq}`;

export const defaultMaxLength = { short_text: '200', long_text: '4000' } as const;

/** A code from wording: 'Ja, till stor del' → 'ja_till_stor_del' (what the Key contract accepts). */
export function codeFrom(label: string): string {
  return label
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 36)
    .replace(/_+$/, '');
}

/** `base`, or `base_2`, `base_3` … whichever is not taken. */
export function unique(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}_${n}`)) return `${base}_${n}`;
}

/** `${prefix}${n}` for the first n from `from` that is free: a new question at place 7 gets q7. */
export function numbered(prefix: string, from: number, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = Math.max(1, from); ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

const optionsFrom = (xs: { code: string; label: { sv: string; en: string } }[]): OptionDraft[] =>
  xs.map((o) => ({ id: newId(), code: o.code, codeAuto: false, sv: o.label.sv, en: o.label.en }));

export function fromSections(sections: Section[]): SectionDraft[] {
  return sections.map((s) => ({
    id: newId(),
    key: s.key,
    keyAuto: false,
    titleSv: s.title.sv,
    titleEn: s.title.en,
    questions: s.questions.map((q) => ({
      ...blankQuestion(q.type, q.key),
      textSv: q.text.sv,
      textEn: q.text.en,
      helpSv: q.help?.sv ?? '',
      helpEn: q.help?.en ?? '',
      required: q.required,
      ...(q.type === 'single_choice' || q.type === 'matrix' ? { scaleId: q.scaleId ?? '' } : {}),
      ...(q.type === 'multiple_choice'
        ? { options: optionsFrom(q.options), maxSelected: q.maxSelected == null ? '' : String(q.maxSelected) }
        : {}),
      ...(q.type === 'matrix'
        ? {
            statements: q.statements.map((x) => ({
              id: newId(),
              code: x.key,
              codeAuto: false,
              sv: x.text.sv,
              en: x.text.en,
            })),
          }
        : {}),
      ...(q.type === 'rating' ? { max: String(q.max) } : {}),
      ...(q.type === 'short_text' || q.type === 'long_text' ? { maxLength: String(q.maxLength) } : {}),
    })),
  }));
}

export function blankQuestion(type: QuestionType, key: string): QuestionDraft {
  return {
    id: newId(),
    type,
    key,
    textSv: '',
    textEn: '',
    helpSv: '',
    helpEn: '',
    required: false,
    scaleId: '',
    options: [1, 2].map((n) => ({ id: newId(), code: `alt${n}`, codeAuto: true, sv: '', en: '' })),
    maxSelected: '',
    statements: [{ id: newId(), code: 'p1', codeAuto: true, sv: '', en: '' }],
    max: '5',
    maxLength: type === 'long_text' ? defaultMaxLength.long_text : defaultMaxLength.short_text,
  };
}

export function blankOption(taken: string[]): OptionDraft {
  return { id: newId(), code: numbered('alt', taken.length + 1, taken), codeAuto: true, sv: '', en: '' };
}
export function blankStatement(taken: string[]): OptionDraft {
  return { id: newId(), code: numbered('p', taken.length + 1, taken), codeAuto: true, sv: '', en: '' };
}

export const allQuestionKeys = (sections: SectionDraft[]) => sections.flatMap((s) => s.questions.map((q) => q.key));

/** A new question at the end of section `si`, its key from its place in the whole questionnaire. */
export function addQuestion(
  sections: SectionDraft[],
  si: number,
  type: QuestionType = 'single_choice',
): SectionDraft[] {
  const place = sections.slice(0, si + 1).reduce((n, s) => n + s.questions.length, 0) + 1;
  const q = blankQuestion(type, numbered('q', place, allQuestionKeys(sections)));
  return sections.map((s, i) => (i === si ? { ...s, questions: [...s.questions, q] } : s));
}

export function addSection(sections: SectionDraft[]): SectionDraft[] {
  const key = numbered(
    's',
    sections.length + 1,
    sections.map((s) => s.key),
  );
  return [...sections, { id: newId(), key, keyAuto: true, titleSv: '', titleEn: '', questions: [] }];
}

/** The Swedish title, and the key with it while the author has not written their own. */
export function setSectionTitleSv(sections: SectionDraft[], si: number, titleSv: string): SectionDraft[] {
  return sections.map((s, i) => {
    if (i !== si) return s;
    if (!s.keyAuto) return { ...s, titleSv };
    const others = sections.filter((_, j) => j !== si).map((x) => x.key);
    return { ...s, titleSv, key: unique(codeFrom(titleSv) || numbered('s', si + 1, others), others) };
  });
}

/** The Swedish label of option `i`, and its code with it while the code is the generated one. */
export function setOptionSv(
  options: OptionDraft[],
  i: number,
  sv: string,
  fallback: 'alt' | 'p' = 'alt',
): OptionDraft[] {
  return options.map((o, j) => {
    if (j !== i) return o;
    if (!o.codeAuto) return { ...o, sv };
    const others = options.filter((_, k) => k !== i).map((x) => x.code);
    return { ...o, sv, code: unique(codeFrom(sv) || numbered(fallback, i + 1, others), others) };
  });
}

export function move<T>(list: T[], i: number, by: -1 | 1): T[] {
  const j = i + by;
  if (j < 0 || j >= list.length) return list;
  const next = [...list];
  [next[i], next[j]] = [next[j], next[i]];
  return next;
}

/**
 * Move a question one place; past the first or last place of its section it goes to the end of the
 * section before or the start of the section after. Returns where it ended up, or null if it cannot.
 */
export function moveQuestion(
  sections: SectionDraft[],
  si: number,
  qi: number,
  by: -1 | 1,
): { sections: SectionDraft[]; si: number; qi: number } | null {
  const own = sections[si].questions;
  const j = qi + by;
  if (j >= 0 && j < own.length)
    return {
      sections: sections.map((s, i) => (i === si ? { ...s, questions: move(s.questions, qi, by) } : s)),
      si,
      qi: j,
    };
  const ti = si + by;
  if (ti < 0 || ti >= sections.length) return null;
  const q = own[qi];
  const next = sections.map((s, i) => {
    if (i === si) return { ...s, questions: s.questions.filter((_, k) => k !== qi) };
    if (i === ti) return { ...s, questions: by < 0 ? [...s.questions, q] : [q, ...s.questions] };
    return s;
  });
  return { sections: next, si: ti, qi: by < 0 ? next[ti].questions.length - 1 : 0 };
}

export function canMoveQuestion(sections: SectionDraft[], si: number, qi: number, by: -1 | 1): boolean {
  const j = qi + by;
  if (j >= 0 && j < sections[si].questions.length) return true;
  return si + by >= 0 && si + by < sections.length;
}

/** When the type changes, a text question gets its type's usual length if it had the other's. */
export function withType(q: QuestionDraft, type: QuestionType): QuestionDraft {
  const wasDefault =
    q.maxLength === '' || q.maxLength === defaultMaxLength.short_text || q.maxLength === defaultMaxLength.long_text;
  const maxLength =
    (type === 'short_text' || type === 'long_text') && wasDefault ? defaultMaxLength[type] : q.maxLength;
  return { ...q, type, maxLength };
}

/** Text typed as a number: empty stays undefined so the contract can say it is missing. */
const int = (s: string): number | undefined => {
  const v = s.trim();
  if (v === '') return undefined;
  const n = Number(v.replace(/\s/g, ''));
  return Number.isFinite(n) ? n : (v as unknown as number);
};

/** Both languages empty is no text; one filled asks for the other (the contract says which). */
const bi = (sv: string, en: string) => (sv.trim() === '' && en.trim() === '' ? null : { sv, en });

/** What is sent: the contract's SectionInput[] (checked with the contract before sending). */
export function toInput(sections: SectionDraft[]): unknown[] {
  return sections.map((s) => ({
    key: s.key,
    title: { sv: s.titleSv, en: s.titleEn },
    questions: s.questions.map((q) => {
      const common = {
        key: q.key,
        type: q.type,
        text: { sv: q.textSv, en: q.textEn },
        help: bi(q.helpSv, q.helpEn),
        required: q.required,
      };
      const list = (xs: OptionDraft[], code: 'code' | 'key', text: 'label' | 'text') =>
        xs.map((o) => ({ [code]: o.code, [text]: { sv: o.sv, en: o.en } }));
      switch (q.type) {
        case 'single_choice':
          return { ...common, scaleId: q.scaleId };
        case 'multiple_choice':
          return {
            ...common,
            options: list(q.options, 'code', 'label'),
            maxSelected: q.maxSelected.trim() === '' ? null : int(q.maxSelected),
          };
        case 'matrix':
          return { ...common, scaleId: q.scaleId, statements: list(q.statements, 'key', 'text') };
        case 'rating':
          return { ...common, max: int(q.max) };
        default:
          return { ...common, maxLength: int(q.maxLength) };
      }
    }),
  }));
}

/**
 * Keys used twice, found before sending (the server refuses them with only "sections" as the
 * place): each repeat is marked at its own field.
 */
export function duplicateKeys(sections: SectionDraft[]): string[] {
  const out: string[] = [];
  const mark = (items: { key: string; path: string }[]) => {
    const seen = new Set<string>();
    for (const it of items) {
      if (it.key && seen.has(it.key)) out.push(it.path);
      seen.add(it.key);
    }
  };
  mark(sections.map((s, si) => ({ key: s.key, path: `sections.${si}.key` })));
  mark(
    sections.flatMap((s, si) =>
      s.questions.map((q, qi) => ({ key: q.key, path: `sections.${si}.questions.${qi}.key` })),
    ),
  );
  sections.forEach((s, si) =>
    s.questions.forEach((q, qi) => {
      const base = `sections.${si}.questions.${qi}`;
      if (q.type === 'multiple_choice')
        mark(q.options.map((o, i) => ({ key: o.code, path: `${base}.options.${i}.code` })));
      if (q.type === 'matrix') mark(q.statements.map((o, i) => ({ key: o.code, path: `${base}.statements.${i}.key` })));
    }),
  );
  return out;
}

/** Options of a scale being written: the same codes rule as the server's. */
export function duplicateCodes(options: OptionDraft[], base = 'options'): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  options.forEach((o, i) => {
    if (o.code && seen.has(o.code)) out.push(`${base}.${i}.code`);
    seen.add(o.code);
  });
  return out;
}

/** A comparable form, to tell whether someone else's saved sections differ from what is typed. */
export const sameSections = (a: SectionDraft[], b: SectionDraft[]) =>
  JSON.stringify(toInput(a)) === JSON.stringify(toInput(b));
