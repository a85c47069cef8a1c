import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../assessments/contract';
import type { FormValues, useForm } from '../../components/useForm';
import { useFormSave, useSave, type Versioned } from '../../kit';
import type { PartDialogProps } from './PartDialog';
import { assessmentKeys, assessmentsApi, initiativeKeys, programmeKeys, type PartKind } from './queries';

/** What a change to an assessment may change elsewhere: the programme overview and the initiative. */
const related = [programmeKeys.all, initiativeKeys.all];

/** Every change to an assessment answers with the whole assessment: it replaces the cached one. */
function useAnswer(then?: (a: Assessment) => void) {
  const qc = useQueryClient();
  return (a: Assessment) => {
    qc.setQueryData(assessmentKeys.one(a.id), a);
    then?.(a);
  };
}

/** A change to an assessment that is not a form (remove a part, finish, …), with the kit's `useSave`. */
export function useAssessmentChange<I>(send: (input: I) => Promise<Assessment>, onSaved?: (a: Assessment) => void) {
  return useSave<I, Assessment, Assessment>({ send, invalidate: related, onSaved: useAnswer(onSaved) });
}

/**
 * A form that saves into an assessment (kit `useFormSave`): `version` is the one the form started from,
 * or the other person's after a stale save; the answer replaces the cached assessment.
 */
export function useAssessmentForm<V extends FormValues, R extends Versioned, I>(opts: {
  record?: R;
  toForm: (record: R | undefined) => V;
  toInput: (form: ReturnType<typeof useForm<V>>, version: number | undefined) => I | null;
  send: (input: I, version: number | undefined) => Promise<Assessment>;
  onSaved?: (a: Assessment) => void;
}) {
  return useFormSave({ ...opts, invalidate: related, onSaved: useAnswer(opts.onSaved) });
}

/** A kind of part as its dialog saves it: its kind, its texts' i18n section (`save`) and its form values. */
export interface PartSpec<V extends FormValues, R> {
  kind: PartKind;
  ns: string;
  toForm: (record: R | undefined) => V;
}

/**
 * Add a part of an assessment or change it (its version goes with the change); saved, the dialog
 * closes. `dialog` is what the part's FormDialog takes from here: the form and its save, closing and
 * the save button ("`ns`.save").
 */
export function usePartForm<V extends FormValues, R extends Versioned & { id: string }, I extends object>(
  props: PartDialogProps<R>,
  spec: PartSpec<V, R>,
  toInput: (form: ReturnType<typeof useForm<V>>, version: number | undefined) => I | null,
) {
  const { t } = useTranslation();
  const { assessment, part, onClose } = props;
  const edit = useAssessmentForm({
    record: part,
    toForm: spec.toForm,
    toInput,
    send: (input: I, version) =>
      assessmentsApi.savePart(assessment.id, spec.kind, part?.id, (part ? { ...input, version } : input) as never),
    onSaved: onClose,
  });
  return { ...edit, dialog: { edit, onClose, submitLabel: t(`${spec.ns}.save`) } };
}
