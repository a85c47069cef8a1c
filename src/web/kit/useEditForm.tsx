import type { QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '../components/ErrorAlert';
import { useForm, type FormValues } from '../components/useForm';
import type { RecordFormProps } from './RecordForm';
import { StaleChanges } from './StaleChanges';
import { useSave, type Versioned } from './useSave';

/**
 * An edit form for a versioned record: form state from the record, validation with the shared
 * contract, the save with the version check, and the one stale notice (theirs vs. mine, re-apply or
 * take theirs). A page adds only its fields and how a value reads.
 */
export function useEditForm<V extends FormValues, R extends Versioned, S extends z.ZodType>(opts: {
  record: R;
  toForm: (record: R) => V;
  toInput: (values: V) => object;
  schema: S;
  send: (input: z.output<S>, version: number | undefined) => Promise<R>;
  invalidate?: QueryKey[];
  onSaved?: (saved: R) => void | Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useForm<V>(opts.toForm(opts.record));
  const save = useSave<z.output<S>, R, R>({
    from: opts.record,
    // The version the hook holds wins: after a stale save it is the other person's.
    send: (input, version) => opts.send({ ...(input as object), version } as z.output<S>, version),
    invalidate: opts.invalidate,
    onSaved: opts.onSaved,
    onError: form.fail,
  });

  const submit = () => {
    const input = form.validate(opts.schema, { ...opts.toInput(form.values), version: save.version });
    if (input) save.submit(input);
  };

  /** The stale notice, when someone else saved first: `what` names the record, `label` a field. */
  function staleNotice(
    what: string,
    label: (k: keyof V & string) => string,
    show?: (k: keyof V & string, v: string) => string,
  ) {
    if (!save.stale) return null;
    const theirs = opts.toForm(save.stale);
    const text = (k: keyof V & string, v: string | boolean) => (show ? show(k, String(v)) : String(v));
    return (
      <StaleChanges
        what={what}
        fields={(Object.keys(theirs) as (keyof V & string)[]).map((k) => ({
          key: k,
          label: label(k),
          theirs: text(k, theirs[k]),
          yours: text(k, form.values[k]),
        }))}
        onReapply={submit}
        busy={save.pending}
        onUseTheirs={() => {
          save.discard();
          form.setValues(theirs);
        }}
      />
    );
  }

  /**
   * The props for the record's form component: submit, "Spara", cancel, and above the fields the
   * stale notice (`what` names the record as the other person saved it) and the error alert.
   */
  function frame(p: {
    cancelTo: string;
    what: (theirs: R) => string;
    label: (k: keyof V & string) => string;
    show?: (k: keyof V & string, v: string) => string;
  }): RecordFormProps<V> {
    return {
      form,
      onSubmit: submit,
      busy: save.pending,
      submitLabel: t('common.save'),
      cancelTo: p.cancelTo,
      children: (
        <>
          {save.stale && staleNotice(p.what(save.stale), p.label, p.show)}
          <ErrorAlert error={form.error} />
        </>
      ),
    };
  }

  return { form, save, submit, staleNotice, frame };
}
