import type { FormValues } from '../../components/useForm';
import { StaleChanges, staleFields, type Form } from '../../kit';

/** What a form's save holds after a 409: the other person's record (or part), to re-apply on or take. */
export interface StaleSave<P> {
  stale: P | null;
  pending: boolean;
  reapply: () => void;
  discard: () => P | null;
}

/**
 * The one stale notice of a follow-up form (the cycle or one of its parts): each field as the other
 * person saved it and as this person typed it; "use theirs" puts their values into the form.
 */
export function PartStale<V extends FormValues, P>({
  what,
  save,
  form,
  toValues,
  label,
  show,
}: {
  what: string;
  save: StaleSave<P>;
  form: Form<V>;
  toValues: (theirs: P) => V;
  label: (k: keyof V & string) => string;
  show?: (k: keyof V & string, v: string | boolean) => string;
}) {
  const stale = save.stale;
  if (!stale) return null;
  return (
    <StaleChanges
      what={what}
      fields={staleFields(toValues(stale), form.values, label, show)}
      onReapply={save.reapply}
      busy={save.pending}
      onUseTheirs={() => form.setValues(toValues(save.discard() ?? stale))}
    />
  );
}
