import { Modal, Stack } from '@mantine/core';
import type { QueryKey } from '@tanstack/react-query';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { useForm, type FormValues } from '../components/useForm';
import { FormButtons } from './InlineForm';
import { StaleChanges, type StaleField } from './StaleChanges';
import { useSave, type Versioned } from './useSave';

type Form<V extends FormValues> = ReturnType<typeof useForm<V>>;

/** Rows for StaleChanges: each field as the other person saved it and as this person typed it. */
export function staleFields<V extends FormValues>(
  theirs: V,
  yours: V,
  label: (k: keyof V & string) => string,
  show: (k: keyof V & string, v: string | boolean) => string = (_k, v) => String(v),
): StaleField[] {
  return (Object.keys(theirs) as (keyof V & string)[]).map((k) => ({
    key: k,
    label: label(k),
    theirs: show(k, theirs[k]),
    yours: show(k, yours[k]),
  }));
}

/**
 * A form that saves something with `useSave` and shows the one stale notice, for a record (or a part
 * of one) that is new (`record` left out) or changed from the version it carries. Unlike
 * `useEditForm`, the answer need not be the record itself (a part's save answers with its parent),
 * and the page builds the input (`toInput`, with the form's `validate`; null when it is not valid).
 *
 *   const edit = useFormSave({ record: actor, toForm, toInput: (form, version) => form.validate(…),
 *     send: (input, version) => api.save(…, { ...input, version }), onSaved: onClose });
 *   <FormDialog edit={edit} …>fields</FormDialog>
 */
export function useFormSave<V extends FormValues, R extends Versioned, I, A>(opts: {
  record?: R;
  toForm: (record: R | undefined) => V;
  toInput: (form: Form<V>, version: number | undefined) => I | null;
  send: (input: I, version: number | undefined) => Promise<A>;
  invalidate?: QueryKey[];
  onSaved?: (answer: A) => void | Promise<void>;
}) {
  const form = useForm<V>(opts.toForm(opts.record));
  const save = useSave<I, A, R>({
    from: opts.record,
    send: opts.send,
    invalidate: opts.invalidate,
    onSaved: opts.onSaved,
    onError: form.fail,
  });
  const submit = () => {
    const input = opts.toInput(form, save.version);
    if (input !== null) save.submit(input);
  };

  /** The stale notice, when someone else saved first: `what` names the record, `label` a field. */
  function staleNotice(
    what: string,
    label: (k: keyof V & string) => string,
    show?: (k: keyof V & string, v: string | boolean) => string,
  ) {
    if (!save.stale) return null;
    const theirs = opts.toForm(save.stale);
    return (
      <StaleChanges
        what={what}
        fields={staleFields(theirs, form.values, label, show)}
        onReapply={submit}
        busy={save.pending}
        onUseTheirs={() => {
          save.discard();
          form.setValues(theirs);
        }}
      />
    );
  }

  return { form, save, submit, staleNotice };
}

export type FormSave<V extends FormValues> = {
  form: Form<V>;
  save: { pending: boolean };
  submit: () => void;
  staleNotice: (
    what: string,
    label: (k: keyof V & string) => string,
    show?: (k: keyof V & string, v: string | boolean) => string,
  ) => ReactNode;
};

/**
 * A form in a dialog (add or change one thing): the title names the dialog and the form, then the
 * stale notice and the form's error, the fields, and Cancel / Save. Closing returns focus to the button
 * that opened it (Mantine's Modal).
 */
export function FormDialog<V extends FormValues>({
  edit,
  title,
  submitLabel,
  onClose,
  what,
  fieldLabel,
  show,
  intro,
  size = 'lg',
  children,
}: {
  edit: FormSave<V>;
  title: string;
  submitLabel: string;
  onClose: () => void;
  /** Names the record in the stale notice. */
  what: string;
  fieldLabel: (k: keyof V & string) => string;
  /** A field's value in words (for the stale notice). */
  show?: (k: keyof V & string, v: string | boolean) => string;
  intro?: ReactNode;
  size?: 'md' | 'lg' | 'xl';
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    edit.submit();
  };
  return (
    <Modal opened onClose={onClose} title={title} size={size} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate aria-label={title}>
        <Stack gap="sm">
          {intro}
          {edit.staleNotice(what, fieldLabel, show)}
          <ErrorAlert error={edit.form.error} />
          {children}
          <FormButtons submitLabel={submitLabel} busy={edit.save.pending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
