import { Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FormValues } from '../../components/useForm';
import type { Form } from '../../kit';
import type { MotionFormValues } from './fields';

/** Who made the motion, for which party and when (the year to decide it runs from that day). */
export function MotionFields<V extends MotionFormValues & FormValues>({ form }: { form: Form<V> }) {
  const { t } = useTranslation();
  // The contract checks them as `motion.*`; a field shows either.
  const err = (k: keyof MotionFormValues & string) => form.errors[`motion.${k}`] ?? form.errors[k];
  return (
    <Fieldset legend={t('cases.motion.legend')} variant="unstyled" styles={{ legend: { fontWeight: 600 } }}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t('cases.motion.submittedBy')}
          required
          maxLength={200}
          {...form.text('submittedBy')}
          error={err('submittedBy')}
        />
        <TextInput label={t('cases.motion.party')} maxLength={40} {...form.text('party')} error={err('party')} />
        <TextInput
          type="date"
          label={t('cases.motion.submittedOn')}
          required
          {...form.text('submittedOn')}
          error={err('submittedOn')}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
