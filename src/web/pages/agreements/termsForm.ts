import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TermsInput } from '../../../agreements/contract';
import { isValidBankgiro } from '../../../agreements/rules/bankgiro';
import { toInt, useForm } from '../../components/useForm';
import type { Versioned } from '../../kit';
import { useAgreementForm } from './agreementForm';
import { markFields } from './errors';
import { bpToPercent, percentToBp } from './money';
import type { Template } from './queries';

type Terms = Template['terms'];

export type TermsValues = {
  title: string;
  purpose: string;
  insightClause: string;
  followUpClause: string;
  disputeClause: string;
  validFrom: string;
  validTo: string;
  extensionYears: string;
  noticeMonths: string;
  reminderDays: string;
  indexSeriesId: string;
  indexFromYear: string;
  compensationStart: string;
  bankgiro: string;
};
export interface AreaRow {
  code: string;
  name: string;
  share: string;
}

const empty: TermsValues = {
  title: '',
  purpose: '',
  insightClause: '',
  followUpClause: '',
  disputeClause: '',
  validFrom: '',
  validTo: '',
  extensionYears: '3',
  noticeMonths: '12',
  reminderDays: '60',
  indexSeriesId: '',
  indexFromYear: '',
  compensationStart: '',
  bankgiro: '',
};

export const termsToValues = (x: Terms): TermsValues => ({
  title: x.title,
  purpose: x.purpose ?? '',
  insightClause: x.insightClause ?? '',
  followUpClause: x.followUpClause ?? '',
  disputeClause: x.disputeClause ?? '',
  validFrom: x.validFrom,
  validTo: x.validTo,
  extensionYears: String(x.extensionYears),
  noticeMonths: String(x.noticeMonths),
  reminderDays: String(x.reminderDays),
  indexSeriesId: x.indexSeriesId ?? '',
  indexFromYear: x.indexFromYear == null ? '' : String(x.indexFromYear),
  compensationStart: x.compensationStart,
  bankgiro: x.bankgiro,
});

const areasOf = (x?: Terms): AreaRow[] =>
  x
    ? x.areas.map((a) => ({ code: a.code, name: a.name, share: bpToPercent(a.basisPoints) }))
    : [{ code: '', name: '', share: '100' }];

/** Sum of the typed shares in basis points, or null while one is unreadable. */
export function sharesSum(areas: AreaRow[]): number | null {
  let sum = 0;
  for (const a of areas) {
    const bp = percentToBp(a.share);
    if (bp === null) return null;
    sum += bp;
  }
  return sum;
}

/** State of the terms form: plain fields, the ordered documents and the areas with their shares. */
export function useTermsForm(initial?: Terms) {
  const form = useForm<TermsValues>(initial ? termsToValues(initial) : empty);
  const [documents, setDocuments] = useState<string[]>(initial ? [...initial.documents] : ['']);
  const [areas, setAreas] = useState<AreaRow[]>(areasOf(initial));

  const reset = (x: Terms) => {
    form.setValues(termsToValues(x));
    setDocuments([...x.documents]);
    setAreas(areasOf(x));
  };

  /** The terms as the contract wants them, or null with the problems marked at the fields. */
  function toInput(t: TFunction, override: Partial<TermsValues> = {}): TermsInput | null {
    const v = { ...form.values, ...override };
    const problems: Record<string, string> = {};
    const bps = areas.map((a, i) => {
      const bp = percentToBp(a.share);
      if (bp === null) problems[`areas.${i}.basisPoints`] = t('agreements.validation.percent');
      return bp;
    });
    const sum = sharesSum(areas);
    if (sum !== null && sum !== 10000) problems.areas = t('errors.agreement.shares_not_100', { sum: bpToPercent(sum) });
    if (v.bankgiro.trim() && !isValidBankgiro(v.bankgiro)) problems.bankgiro = t('errors.agreement.bankgiro_invalid');
    if (v.indexSeriesId && !v.indexFromYear.trim()) problems.indexFromYear = t('validation.required');
    if (v.validFrom && v.validTo && v.validTo < v.validFrom) problems.validTo = t('errors.agreement.validity_order');
    if (markFields(form, problems)) return null;
    return form.validate(TermsInput, {
      title: v.title,
      purpose: v.purpose,
      insightClause: v.insightClause,
      followUpClause: v.followUpClause,
      disputeClause: v.disputeClause,
      documents: documents.map((d) => d.trim()),
      areas: areas.map((a, i) => ({ code: a.code.trim(), name: a.name.trim(), basisPoints: bps[i] })),
      validFrom: v.validFrom,
      validTo: v.validTo,
      extensionYears: toInt(v.extensionYears),
      noticeMonths: toInt(v.noticeMonths),
      reminderDays: toInt(v.reminderDays),
      indexSeriesId: v.indexSeriesId || null,
      indexFromYear: v.indexSeriesId ? toInt(v.indexFromYear) : null,
      compensationStart: v.compensationStart,
      bankgiro: v.bankgiro,
    });
  }

  return { form, documents, setDocuments, areas, setAreas, reset, toInput };
}

export type TermsState = ReturnType<typeof useTermsForm>;

/** Server field names of the terms rules → the form's fields. */
export const termsFieldMap: Record<string, string> = {
  shares: 'areas',
  area: 'areas',
  basisPoints: 'areas',
  received: 'validFrom',
};

type TermsSaveOptions<A, R extends Versioned> = Omit<
  Parameters<typeof useAgreementForm<TermsValues, TermsInput, A, R>>[1],
  'toInput' | 'fieldMap'
>;

/**
 * A form of a template's terms (creating, editing, a new version): the terms' state and the frame of
 * its InlineForm (as wide as the terms need), which saves the terms as the contract wants them.
 */
export function useTermsSave<A, R extends Versioned = A & Versioned>(
  initial: Terms | undefined,
  opts: TermsSaveOptions<A, R>,
) {
  const { t } = useTranslation();
  const state = useTermsForm(initial);
  const { frame } = useAgreementForm(state.form, { ...opts, toInput: () => state.toInput(t), fieldMap: termsFieldMap });
  return { state, frame: { ...frame, maw: 900 } };
}
