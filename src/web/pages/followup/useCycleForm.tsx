import type { FormValues } from '../../components/useForm';
import { useForm } from '../../components/useForm';
import { FollowupErrorAlert } from './errors';
import { PartStale } from './PartStale';
import { usePartSave, type Cycle } from './queries';

/**
 * A form that changes the cycle or one of its parts in place (the decision, a milestone): form values
 * from the part (`toValues`), the save with the part's own version, and the props of the kit's
 * InlineForm (`frame`): submit, cancel, and above the fields the one stale notice and the error.
 */
export function useCycleForm<V extends FormValues, P extends { version: number | null }, I>(
  c: Cycle,
  opts: {
    part: (x: Cycle) => P | undefined;
    toValues: (part: P) => V;
    /** The input to send, checked with the contract (null when it is not valid). */
    toInput: (form: ReturnType<typeof useForm<V>>, version: number | null) => I | null;
    send: (input: I, version: number | null) => Promise<Cycle>;
    onDone: () => void;
    title: string;
    submitLabel: string;
    /** Names the part in the stale notice, as the other person saved it. */
    what: (theirs: P) => string;
    label: (k: keyof V & string) => string;
    show?: (k: keyof V & string, v: string | boolean) => string;
  },
) {
  const form = useForm<V>(opts.toValues(opts.part(c)!));
  const save = usePartSave(c, { part: opts.part, send: opts.send, onSaved: opts.onDone, onError: form.fail });
  const submit = () => {
    const input = opts.toInput(form, save.version);
    if (input) save.submit(input);
  };
  const frame = {
    title: opts.title,
    onSubmit: submit,
    submitLabel: opts.submitLabel,
    busy: save.pending,
    onCancel: opts.onDone,
    mt: 0,
    error: (
      <>
        <PartStale
          what={save.stale ? opts.what(save.stale) : ''}
          save={save}
          form={form}
          toValues={opts.toValues}
          label={opts.label}
          show={opts.show}
        />
        <FollowupErrorAlert error={form.error} />
      </>
    ),
  };
  return { form, save, frame };
}
