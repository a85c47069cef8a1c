import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { bodyTypes } from '../../../bodies/contract';
import type { useForm } from '../../components/useForm';
import { useEnum } from '../../i18n/useEnum';
import { useOrganisationOptions } from '../organisations/queries';
import type { BodyFormValues } from './fields';
import { useBodies } from './queries';

type Form = ReturnType<typeof useForm<BodyFormValues>>;

export function BodyForm({
  form,
  onSubmit,
  busy,
  submitLabel,
  cancelTo,
  selfId,
  children,
}: {
  form: Form;
  onSubmit: () => void;
  busy: boolean;
  submitLabel: string;
  cancelTo: string;
  selfId?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const label = useEnum();
  const organisations = useOrganisationOptions();
  const bodies = useBodies({ status: 'active' });
  const others = (bodies.data?.items ?? []).filter((b) => b.id !== selfId).map((b) => ({ value: b.id, label: b.name }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={760}>
        {children}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('bodies.fields.name')} required maxLength={200} {...form.text('name')} />
          <TextInput label={t('bodies.fields.shortName')} maxLength={60} {...form.text('shortName')} />
          <NativeSelect
            label={t('bodies.fields.type')}
            required
            data={[
              { value: '', label: t('common.select') },
              ...bodyTypes.map((c) => ({ value: c, label: label('bodyType', c) })),
            ]}
            {...form.text('type')}
          />
          <NativeSelect
            label={t('bodies.fields.organisation')}
            required
            data={[{ value: '', label: t('common.select') }, ...organisations]}
            {...form.text('organisationId')}
          />
          <NativeSelect
            label={t('bodies.fields.reportsTo')}
            data={[{ value: '', label: t('bodies.noReportsTo') }, ...others]}
            {...form.text('reportsToId')}
          />
        </SimpleGrid>
        <Textarea
          label={t('bodies.fields.description')}
          autosize
          minRows={3}
          maxLength={4000}
          {...form.text('description')}
        />
        <Group>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
          <Button component={Link} to={cancelTo} variant="default">
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
