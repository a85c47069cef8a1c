import type { QueryKey } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormValues } from '../../components/useForm';
import { Reveal, StaleChanges, staleFields, useSave, type Form, type Versioned } from '../../kit';
import { AgreementErrorAlert, failForm } from './errors';
import { agreementKeys, type Agreement } from './queries';

/** The stale notice of a versioned save: their record as form values, how a field is named and reads. */
export interface StaleShown<V extends FormValues, R> {
  what: (theirs: R) => string;
  values: (theirs: R) => V;
  label: (k: keyof V & string) => string;
  show?: (k: keyof V & string, v: string | boolean) => string;
  /** Put their record into the form (their `values` by default). */
  take?: (theirs: R) => void;
}

/**
 * A form that changes an agreement, a template or a series, with the kit's `useSave`: `toInput` builds
 * the input (null while the form is not valid, its problems marked), the save refreshes `invalidate`
 * (the agreements by default) and a refusal goes to the form's fields (`failForm`, with `fieldMap`
 * for the fields the form names differently). `frame` is the InlineForm's title, submit, busy, cancel
 * and notices: for a versioned `from`, the one stale notice, then the refusal with its facts.
 *
 *   const { frame } = useAgreementForm(form, { title, submitLabel: t('…submit'), onDone,
 *     toInput: () => form.validate(Sign, form.values), send: (input: Sign) => agreementsApi.sign(a.id, party, input) });
 *   <InlineForm {...frame}>…fields…</InlineForm>
 */
export function useAgreementForm<V extends FormValues, I, A, R extends Versioned = A & Versioned>(
  form: Form<V>,
  opts: {
    /** Names the form (its landmark, and its heading where it shows one). */
    title: string;
    submitLabel: string;
    toInput: (version: number | undefined) => I | null;
    send: (input: I, version: number | undefined) => Promise<A>;
    /** After saving and on cancel (each can be set apart with `onSaved` and `onCancel`). */
    onDone?: () => void;
    onSaved?: (answer: A) => void;
    onCancel?: () => void;
    invalidate?: QueryKey[];
    fieldMap?: Record<string, string>;
    from?: R;
    stale?: StaleShown<V, R>;
  },
) {
  const { t } = useTranslation();
  const save = useSave<I, A, R>({
    from: opts.from,
    send: opts.send,
    invalidate: opts.invalidate ?? [agreementKeys.all],
    onSaved: opts.onSaved ?? opts.onDone,
    onError: (err) => failForm(form, err, t, opts.fieldMap),
  });
  const submit = () => {
    const input = opts.toInput(save.version);
    if (input !== null) save.submit(input);
  };
  const { stale } = opts;
  const theirs = save.stale;
  const notice = theirs && stale && (
    <StaleChanges
      what={stale.what(theirs)}
      fields={staleFields(stale.values(theirs), form.values, stale.label, stale.show)}
      onReapply={save.reapply}
      busy={save.pending}
      onUseTheirs={() => {
        save.discard();
        if (stale.take) stale.take(theirs);
        else form.setValues(stale.values(theirs));
      }}
    />
  );
  const frame = {
    title: opts.title,
    submitLabel: opts.submitLabel,
    onSubmit: submit,
    busy: save.pending,
    onCancel: opts.onCancel ?? opts.onDone,
    error: (
      <>
        {notice}
        <AgreementErrorAlert error={form.error} />
      </>
    ),
  };
  return { save, submit, frame };
}

/**
 * What a form's inputs share: the label from the i18n section `ns` (under the field's own key, or
 * `label`), the hint (`hint`, a key of the same section), the value and the error.
 *
 *   const field = fieldsOf(form, t, 'agreements.contacts');
 *   <TextInput {...field('notifiedOn', { hint: 'notifiedHint' })} type="date" />
 */
export function fieldsOf<V extends FormValues>(form: Form<V>, t: TFunction, ns: string) {
  return (key: keyof V & string, o: { label?: string; hint?: string } = {}) => ({
    label: t(`${ns}.${o.label ?? key}`),
    description: o.hint ? t(`${ns}.${o.hint}`) : undefined,
    ...form.text(key),
  });
}

/** A form about one agreement, opened in place: it closes with `onDone` (saved or cancelled). */
export interface PartFormProps {
  agreement: Agreement;
  onDone: () => void;
}

/** The button that opens one of the agreement's forms in place, when the agreement's abilities allow. */
export function RevealForm({
  can,
  label,
  agreement,
  form: PartForm,
}: {
  can: boolean;
  label: string;
  agreement: Agreement;
  form: ComponentType<PartFormProps>;
}) {
  return (
    <Reveal can={can} label={label}>
      {(close) => <PartForm agreement={agreement} onDone={close} />}
    </Reveal>
  );
}
