import { Button, Group, NativeSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AddMember, memberRoles, type Body } from '../../../bodies/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { orUndefined, useForm } from '../../components/useForm';
import { today } from '../../format';
import { useEnum } from '../../i18n/useEnum';
import { useOrganisationOptions } from '../organisations/queries';
import { useSave } from '../../kit';
import { personKeys, usePeople } from '../people/queries';
import { bodiesApi, bodyKeys } from './queries';

/** Add a person to a body with a role, the organisation they represent and the period. */
export function AddMemberForm({ body, onDone }: { body: Body; onDone: () => void }) {
  const { t } = useTranslation();
  const label = useEnum();
  const people = usePeople({ status: 'active' });
  const organisations = useOrganisationOptions();
  const form = useForm({ personId: '', role: 'member', organisationId: '', startDate: today(), endDate: '' });

  const add = useSave({
    send: (input: AddMember) => bodiesApi.addMember(body.id, input),
    invalidate: [bodyKeys.all, personKeys.all],
    onSaved: onDone,
    onError: form.fail,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = form.values;
    const input = form.validate(AddMember, {
      personId: v.personId || undefined,
      role: v.role || undefined,
      organisationId: orUndefined(v.organisationId),
      startDate: v.startDate,
      endDate: v.endDate || null,
    });
    if (input) add.submit(input);
  };

  const personOptions = (people.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.name} (${p.organisationName})`,
  }));

  return (
    <form onSubmit={submit} noValidate aria-label={t('bodies.members.addTitle')}>
      <Stack>
        <ErrorAlert error={form.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('bodies.members.person')}
            required
            searchable
            nothingFoundMessage={t('common.noResults')}
            data={personOptions}
            {...form.select('personId')}
          />
          <NativeSelect
            label={t('bodies.members.role')}
            required
            data={memberRoles.map((r) => ({ value: r, label: label('memberRole', r) }))}
            {...form.text('role')}
          />
          <NativeSelect
            label={t('bodies.members.organisation')}
            description={t('bodies.members.organisationHint')}
            data={[{ value: '', label: t('common.noneSelected') }, ...organisations]}
            {...form.text('organisationId')}
          />
          <div />
          <TextInput type="date" label={t('bodies.members.startDate')} required {...form.text('startDate')} />
          <TextInput type="date" label={t('bodies.members.endDate')} {...form.text('endDate')} />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={add.pending}>
            {t('bodies.members.add')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
