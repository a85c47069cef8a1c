import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Body, Membership } from '../../../bodies/contract';
import { api, ApiError } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useForm } from '../../components/useForm';
import { today } from '../../format';
import { bodyKeys } from './queries';

/** Ends a membership on a chosen date (default today); the membership stays in the history. */
export function EndMembershipButton({ bodyId, membership }: { bodyId: string; membership: Membership }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [opened, { open, close }] = useDisclosure(false);
  const form = useForm({ endDate: today() });

  const end = useMutation({
    mutationFn: (endDate: string) =>
      api.patch<Body>(`/api/bodies/${bodyId}/members/${membership.id}`, { endDate, version: membership.version }),
    onSuccess: async (b) => {
      qc.setQueryData(bodyKeys.one(b.id), b);
      await qc.invalidateQueries({ queryKey: bodyKeys.all });
      close();
    },
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'record.stale')
        void qc.invalidateQueries({ queryKey: bodyKeys.one(bodyId) });
      form.fail(err);
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.values.endDate)) {
      form.setErrors({ endDate: t('validation.date') });
      return;
    }
    end.mutate(form.values.endDate);
  };

  return (
    <>
      <Button
        variant="outline"
        color="red.9"
        size="xs"
        onClick={open}
        aria-label={t('bodies.members.end', { name: membership.personName })}
      >
        {t('bodies.members.endSubmit')}
      </Button>
      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={opened}
        onClose={close}
        title={t('bodies.members.end', { name: membership.personName })}
        centered
      >
        <form onSubmit={submit} noValidate>
          <Stack>
            <ErrorAlert error={form.error} />
            <TextInput type="date" label={t('bodies.members.endDateLabel')} required {...form.text('endDate')} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red.9" loading={end.isPending}>
                {t('bodies.members.endSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
