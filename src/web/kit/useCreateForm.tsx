import type { QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '../components/ErrorAlert';
import { useForm, type FormValues } from '../components/useForm';
import type { RecordFormProps } from './RecordForm';
import { useSave } from './useSave';

/**
 * A create page's form: form state from `initial`, validation with the shared contract, the save, and
 * the props for the record's form component (`frame`: submit, "Skapa", cancel, the error alert).
 *
 *   const { frame } = useCreateForm({ initial: emptyOrganisation, schema: CreateOrganisation,
 *     toInput: formToInput, send: organisationsApi.create, invalidate: [organisationKeys.all],
 *     onSaved: (o) => navigate(`/organisations/${o.id}`), cancelTo: '/organisations' });
 *   return <OrganisationForm {...frame} />;
 */
export function useCreateForm<V extends FormValues, S extends z.ZodType, R>(opts: {
  initial: V;
  schema: S;
  toInput: (values: V) => object;
  send: (input: z.output<S>) => Promise<R>;
  invalidate: QueryKey[];
  onSaved: (created: R) => void;
  cancelTo: string;
}) {
  const { t } = useTranslation();
  const form = useForm<V>(opts.initial);
  const save = useSave<z.output<S>, R>({
    send: (input) => opts.send(input),
    invalidate: opts.invalidate,
    onSaved: opts.onSaved,
    onError: form.fail,
  });
  const submit = () => {
    const input = form.validate(opts.schema, opts.toInput(form.values));
    if (input) save.submit(input);
  };
  const frame: RecordFormProps<V> = {
    form,
    onSubmit: submit,
    busy: save.pending,
    submitLabel: t('common.create'),
    cancelTo: opts.cancelTo,
    children: <ErrorAlert error={form.error} />,
  };
  return { form, save, submit, frame };
}
