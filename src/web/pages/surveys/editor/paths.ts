import type { TFunction } from 'i18next';

const settingsLabels: Record<string, string> = {
  'title.sv': 'questionnaires.form.titleSv',
  'title.en': 'questionnaires.form.titleEn',
  title: 'questionnaires.form.titleSv',
  'intro.sv': 'questionnaires.form.introSv',
  'intro.en': 'questionnaires.form.introEn',
  intro: 'questionnaires.form.introSv',
  opensAt: 'questionnaires.form.opensAt',
  closesAt: 'questionnaires.form.closesAt',
  anonymous: 'questionnaires.form.anonymous',
  sections: 'questionnaireEditor.sectionsTitle',
  name: 'surveyScales.nameSv',
  'name.sv': 'surveyScales.nameSv',
  'name.en': 'surveyScales.nameEn',
  options: 'surveyScales.options',
};
const sectionLabels: Record<string, string> = {
  'title.sv': 'section.titleSv',
  'title.en': 'section.titleEn',
  key: 'section.key',
};
const questionLabels: Record<string, string> = {
  type: 'question.type',
  key: 'question.key',
  'text.sv': 'question.textSv',
  'text.en': 'question.textEn',
  'help.sv': 'question.helpSv',
  'help.en': 'question.helpEn',
  help: 'question.helpSv',
  required: 'question.required',
  scaleId: 'question.scale',
  options: 'question.options',
  maxSelected: 'question.maxSelected',
  statements: 'question.statements',
  max: 'question.max',
  maxLength: 'question.maxLength',
};
const rowLabels: Record<string, string> = {
  'options.label.sv': 'optionSv',
  'options.label.en': 'optionEn',
  'options.code': 'optionCode',
  'statements.text.sv': 'statementSv',
  'statements.text.en': 'statementEn',
  'statements.key': 'statementCode',
};

/** Where an error is, in words: "Fråga 3 – Frågetext (engelska)". */
export function describePath(path: string, t: TFunction, numberOf: (si: number, qi: number) => number): string {
  const parts = path.split('.');
  const e = (k: string, o?: Record<string, unknown>) => t(`questionnaireEditor.${k}`, o);
  // A row of a list: options.2.label.sv (a scale's) or …questions.1.options.2.label.sv.
  const row = (list: string[]) => {
    const [name, n, ...rest] = list;
    const key = rowLabels[[name, ...rest].join('.')];
    return key ? e(`list.${key}`, { n: Number(n) + 1 }) : list.join('.');
  };
  if (parts[0] !== 'sections' || parts.length < 2) {
    if (parts.length >= 3 && parts[0] === 'options') return row(parts);
    return settingsLabels[path] ? t(settingsLabels[path]) : path;
  }
  const si = Number(parts[1]);
  if (parts[2] !== 'questions' || parts.length < 4) {
    const rest = parts.slice(2).join('.');
    if (rest === 'questions') return e('where.section', { n: si + 1 });
    return `${e('where.section', { n: si + 1 })}${rest ? ` – ${sectionLabels[rest] ? e(sectionLabels[rest]) : rest}` : ''}`;
  }
  const where = e('where.question', { n: numberOf(si, Number(parts[3])) });
  const rest = parts.slice(4);
  if (rest.length === 0) return where;
  if (rest.length >= 3 && (rest[0] === 'options' || rest[0] === 'statements')) return `${where} – ${row(rest)}`;
  const key = questionLabels[rest.join('.')];
  return `${where} – ${key ? e(key) : rest.join('.')}`;
}
