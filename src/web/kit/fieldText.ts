/**
 * How a form's fields read in words (the stale notice's `show`): each field named in `readers` by its
 * own reader (a code by its label, an id by its name, a date by its format), any other as typed; an
 * empty value stays empty.
 *
 *   show={fieldText({ status: (s) => label('actionStatus', s), organisationId: orgName })}
 */
export function fieldText<K extends string>(readers: Partial<Record<K, (value: string) => string>>) {
  return (k: K, value: string | boolean): string => {
    const s = String(value);
    const read = readers[k];
    return read && s ? read(s) : s;
  };
}

/** The label of the option whose value is `value`, or the value itself when none is. */
export const optionLabel =
  (options: readonly { value: string; label: string }[]) =>
  (value: string): string =>
    options.find((o) => o.value === value)?.label ?? value;
