import { Anchor, Button, Grid, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { WordBadge } from '../../kit';
import { ItemEditor } from './ItemEditor';
import { meetingKeys, meetingsApi, type Meeting } from './queries';
import { MeetingError } from './shared';

/**
 * The agenda and the protocol: the §§ in order (numbered on in the body's year), a new § by its title,
 * and the open § in the editor (`?item=`, so a link opens it).
 */
export function Items({ m }: { m: Meeting }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const open = params.get('item') ?? '';
  const [title, setTitle] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // A § just added opens with the keyboard in its title.
  const [fresh, setFresh] = useState('');
  const writable = m.abilities.update && ['planned', 'called', 'held'].includes(m.status);
  const choose = (id: string) =>
    setParams(
      (p) => {
        const n = new URLSearchParams(p);
        n.set('item', id);
        return n;
      },
      { replace: true },
    );
  const add = async () => {
    if (!title.trim()) return;
    setBusy(true);
    setError(null);
    try {
      const created = await meetingsApi.createItem(m.id, { title: title.trim() });
      setTitle('');
      await qc.invalidateQueries({ queryKey: meetingKeys.one(m.id), exact: true });
      setFresh(created.id);
      choose(created.id);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap="sm">
          <nav aria-label={t('meetings.items.nav')}>
            {m.items.length === 0 ? (
              <Text>{t('meetings.items.none')}</Text>
            ) : (
              <List listStyleType="none" spacing={6} ml={0} pl={0}>
                {m.items.map((i) => (
                  <List.Item key={i.id}>
                    <Anchor
                      component={Link}
                      to={`?tab=items&item=${i.id}`}
                      replace
                      aria-current={i.id === open ? 'true' : undefined}
                      fw={i.id === open ? 700 : 400}
                      style={{ overflowWrap: 'anywhere' }}
                    >
                      § {i.number} {i.title}
                    </Anchor>
                    {i.registrationNumber && <Text size="xs">{i.registrationNumber}</Text>}
                    {i.adjustedAt && <WordBadge color="#1d6b34">{t('meetings.items.adjusted')}</WordBadge>}
                  </List.Item>
                ))}
              </List>
            )}
          </nav>
          {writable && (
            <form
              aria-label={t('meetings.items.new')}
              onSubmit={(e) => {
                e.preventDefault();
                void add();
              }}
            >
              <Stack gap="xs">
                <TextInput
                  label={t('meetings.items.newTitle')}
                  value={title}
                  maxLength={400}
                  onChange={(e) => setTitle(e.currentTarget.value)}
                />
                <Group>
                  <Button type="submit" loading={busy} disabled={!title.trim()}>
                    {t('meetings.items.add')}
                  </Button>
                </Group>
                <MeetingError error={error} />
              </Stack>
            </form>
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        {open && m.items.some((i) => i.id === open) ? (
          <ItemEditor key={open} m={m} itemId={open} focusTitle={fresh === open} />
        ) : (
          <Text>{m.items.length ? t('meetings.items.choose') : t('meetings.items.startHere')}</Text>
        )}
      </Grid.Col>
    </Grid>
  );
}
