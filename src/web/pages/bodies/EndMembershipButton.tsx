import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Body, Membership } from '../../../bodies/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useForm } from '../../components/useForm';
import { formatDate, today } from '../../format';
import { StaleChanges, useSave } from '../../kit';
import { bodiesApi, bodyKeys } from './queries';

/** Ends a membership on a chosen date (default today); the membership stays in the history. */
export function EndMembershipButton({ body, membership }: { body: Body; membership: Membership }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const form = useForm({ endDate: today() });
  // A stale save answers with the body as saved now: the membership's version and end date come from it.
  const saved = useRef<Body | null>(null);
  const end = useSave<string, Body>({
    from: body,
    send: (endDate) => {
      const now = saved.current?.members.find((m) => m.id === membership.id) ?? membership;
      return bodiesApi.updateMember(body.id, membership.id, { endDate, version: now.version });
    },
    invalidate: [bodyKeys.all],
    onSaved: close,
    onError: form.fail,
  });
  saved.current = end.stale;
  const theirs = end.stale?.members.find((m) => m.id === membership.id);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.values.endDate)) {
      form.setErrors({ endDate: t('validation.date') });
      return;
    }
    end.submit(form.values.endDate);
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
            {end.stale && (
              <StaleChanges
                what={membership.personName}
                fields={[
                  {
                    key: 'endDate',
                    label: t('bodies.members.endDate'),
                    theirs: formatDate(theirs?.endDate ?? null),
                    yours: formatDate(form.values.endDate),
                  },
                ]}
                onReapply={end.reapply}
                busy={end.pending}
                onUseTheirs={() => {
                  end.discard();
                  close();
                }}
              />
            )}
            <ErrorAlert error={form.error} />
            <TextInput type="date" label={t('bodies.members.endDateLabel')} required {...form.text('endDate')} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red.9" loading={end.pending}>
                {t('bodies.members.endSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
