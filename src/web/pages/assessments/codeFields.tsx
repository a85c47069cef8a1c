import type { FormValues } from '../../components/useForm';
import { useEnumOptions, type EnumGroup } from '../../i18n/useEnum';
import { ChoiceField, type Form } from '../../kit';

/**
 * The selects of a part's codes (status, severity, relation, …): each one required, its choices the
 * codes in words, its label the field's.
 *
 *   const codeField = useCodeField(form, fieldLabel);
 *   {codeField('status', 'actionStatus', actionStatuses)}
 */
export function useCodeField<V extends FormValues>(form: Form<V>, label: (k: keyof V & string) => string) {
  const options = useEnumOptions();
  return (name: keyof V & string, group: EnumGroup, codes: readonly string[]) => (
    <ChoiceField
      key={name}
      label={label(name)}
      required
      empty={false}
      choices={options(group, codes)}
      {...form.text(name)}
    />
  );
}
