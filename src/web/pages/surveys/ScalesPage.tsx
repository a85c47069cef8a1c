import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { col, SmallTable } from '../../kit';
import { focusLater } from './editor/focus';
import { useScales, type Scale } from './queries';
import { ScaleForm } from './ScaleForm';
import { useBi } from './shared';

const headingId = (id: string) => `scale-${id}`;

/** The answer scales questions can use: built-in ones to read, the county's own to create and change. */
export function ScalesPage() {
  const { t } = useTranslation();
  const text = useBi();
  const scales = useScales();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const mayCreate = !!scales.data?.abilities.create;
  const finished = (saved: Scale | null, created: boolean, id = '') => {
    setCreating(false);
    setEditing(null);
    if (saved) {
      setDone(t(created ? 'surveyScales.created' : 'surveyScales.saved', { name: text(saved.name) }));
      focusLater(headingId(saved.id));
    } else focusLater(created ? 'new-scale' : `edit-${id}`);
  };
  return (
    <>
      <PageHeader
        title={t('surveyScales.title')}
        description={t('surveyScales.intro')}
        above={<BackLink to="/questionnaires" label={t('surveyScales.back')} />}
        actions={
          mayCreate &&
          !creating && (
            <Button id="new-scale" onClick={() => (setCreating(true), setDone(null))}>
              {t('surveyScales.new')}
            </Button>
          )
        }
      />
      {done && (
        <Alert color="#1d6b34" variant="outline" role="status" mb="md">
          {done}
        </Alert>
      )}
      {creating && (
        <Paper component="section" aria-labelledby="new-scale-title" withBorder p="md" mb="lg">
          <Title order={2} size="h3" id="new-scale-title" mb="sm">
            {t('surveyScales.createTitle')}
          </Title>
          <ScaleForm scale={null} onDone={(s) => finished(s, true)} />
        </Paper>
      )}
      <ErrorAlert error={scales.error} onRetry={() => void scales.refetch()} />
      {scales.isPending && <Loading />}
      {scales.data && scales.data.items.length === 0 && <Text>{t('surveyScales.empty')}</Text>}
      <Stack gap="lg">
        {(scales.data?.items ?? []).map((s) => (
          <Paper key={s.id} component="section" aria-labelledby={headingId(s.id)} withBorder p="md">
            <Group justify="space-between" gap="xs" mb="sm" align="flex-start">
              <Group gap="xs" align="center">
                <Title order={2} size="h3" id={headingId(s.id)} tabIndex={-1} style={{ overflowWrap: 'anywhere' }}>
                  {text(s.name)}
                </Title>
                <Badge
                  variant="outline"
                  color={s.builtin ? 'gray.8' : '#1c5d99'}
                  styles={{ label: { textTransform: 'none' } }}
                >
                  {s.builtin ? t('surveyScales.builtin') : t('surveyScales.county')}
                </Badge>
              </Group>
              {!s.builtin && editing !== s.id && s.abilities.update && (
                <Button
                  id={`edit-${s.id}`}
                  variant="outline"
                  size="sm"
                  aria-label={t('surveyScales.editLabel', { name: text(s.name) })}
                  onClick={() => (setEditing(s.id), setDone(null))}
                >
                  {t('surveyScales.edit')}
                </Button>
              )}
            </Group>
            {editing === s.id ? (
              <ScaleForm scale={s} onDone={(saved) => finished(saved, false, s.id)} />
            ) : (
              <OptionsTable scale={s} />
            )}
          </Paper>
        ))}
      </Stack>
    </>
  );
}

function OptionsTable({ scale }: { scale: Scale }) {
  const { t } = useTranslation();
  const text = useBi();
  const c = (k: string) => [k, t(`surveyScales.cols.${k}`)] as const;
  return (
    <SmallTable<Scale['options'][number]>
      caption={t('surveyScales.optionsCaption', { name: text(scale.name) })}
      captionHidden={false}
      minWidth={420}
      rows={scale.options}
      rowKey={(o) => o.code}
      columns={[
        col.value(...c('sv'), (o) => o.label.sv, { rowHeader: true }),
        col.value(...c('en'), (o) => o.label.en, { show: (o) => <span lang="en">{o.label.en}</span> }),
        col.value(...c('code'), (o) => o.code, { show: (o) => <code>{o.code}</code> }),
      ]}
    />
  );
}
