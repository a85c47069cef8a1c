import type { TFunction } from 'i18next';
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** A translated message for one Zod issue, so client-side checks speak the user's language. */
export function issueText(issue: Issue, t: TFunction): string {
  const field = String(issue.path[issue.path.length - 1] ?? '');
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string' && min > 1 && field === 'password') return t('validation.passwordLength', { min });
      if (issue.origin === 'string') return min <= 1 ? t('validation.required') : t('validation.tooShort', { min });
      if (issue.origin === 'number') return t('validation.tooSmall', { min });
      return t('validation.required');
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      return issue.origin === 'string' ? t('validation.tooLong', { max }) : t('validation.tooBig', { max });
    }
    case 'invalid_format':
      if (issue.format === 'email') return t('validation.email');
      if (issue.format === 'url') return t('validation.url');
      if (issue.format === 'date') return t('validation.date');
      if (field === 'municipalityCode') return t('validation.municipalityCode');
      if (field === 'orgNumber') return t('validation.orgNumber');
      return t('validation.format');
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.input === '') return t('validation.required');
      return issue.expected === 'number' || issue.expected === 'int' ? t('validation.number') : t('validation.invalid');
    case 'invalid_value':
      return t('validation.choose');
    case 'invalid_union': {
      const first = issue.errors.find((branch) => branch.length > 0)?.[0];
      return first ? issueText({ ...first, path: issue.path } as Issue, t) : t('validation.invalid');
    }
    case 'custom':
      // A form's own check (`refine`) names its message by its key, e.g. 'validation.passwordMismatch'.
      return issue.message.startsWith('validation.') ? t(issue.message) : t('validation.invalid');
    default:
      return t('validation.invalid');
  }
}

/** The server's English field messages, translated where we know them. */
export function serverFieldText(field: string, message: string, t: TFunction): string {
  const last = field.split('.').pop() ?? field;
  if (/must not be empty|required/i.test(message)) return t('validation.required');
  const max = message.match(/at most (\d+)/i);
  if (max) return t('validation.tooLong', { max: Number(max[1]) });
  if (/four digits/i.test(message) || last === 'municipalityCode') return t('validation.municipalityCode');
  if (/NNNNNN-NNNN/.test(message)) return t('validation.orgNumber');
  if (/real date|YYYY-MM-DD/i.test(message)) return t('validation.date');
  if (/email/i.test(message)) return t('validation.email');
  if (/url/i.test(message)) return t('validation.url');
  return message || t('validation.invalid');
}
