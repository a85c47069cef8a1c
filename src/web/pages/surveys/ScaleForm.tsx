import { Button, Group, SimpleGrid, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ScaleInput, UpdateScale } from '../../../surveys/contract';
import { api, ApiError } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StaleNotice } from '../../components/StaleNotice';
import { BilingualList } from './editor/BilingualList';
import { duplicateCodes, newId, type OptionDraft } from './editor/draft';
import { check, duplicateErrors, fieldId, focusFirstError, serverErrors, without, type Errors } from './editor/errors';
import { ErrorSummary } from './editor/ErrorSummary';
import { scaleKeys, type Scale } from './queries';
import { useBi } from './shared';

const optionsOf = (s: Scale | null): OptionDraft[] =>
  s
    ? s.options.map((o) => ({ id: newId(), code: o.code, codeAuto: false, sv: o.label.sv, en: o.label.en }))
    : [1, 2].map((n) => ({ id: newId(), code: `alt${n}`, codeAuto: true, sv: '', en: '' }));

/** Create a county scale, or change one (with the version seen); built-in scales never come here. */
export function ScaleForm({ scale, onDone }: { scale: Scale | null; onDone: (saved: Scale | null) => void }) {
  const { t } = useTranslation();
  const text = useBi();
  const qc = useQueryClient();
  const [nameSv, setNameSv] = useState(scale?.name.sv ?? '');
  const [nameEn, setNameEn] = useState(scale?.name.en ?? '');
  const [options, setOptions] = useState(() => optionsOf(scale));
  const [version, setVersion] = useState(scale?.version ?? 0);
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<unknown>(null);
  const [stale, setStale] = useState<Scale | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const clear = (prefix: string) => setErrors((e) => without(e, prefix));
  const body = () => ({
    name: { sv: nameSv, en: nameEn },
    options: options.map((o) => ({ code: o.code, label: { sv: o.sv, en: o.en } })),
  });

  const save = useMutation({
    mutationFn: (input: unknown) =>
      scale ? api.patch<Scale>(`/api/survey-scales/${scale.id}`, input) : api.post<Scale>('/api/survey-scales', input),
    onSuccess: async (saved) => {
      await qc.invalidateQueries({ queryKey: scaleKeys.all });
      onDone(saved);
    },
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'record.stale' && err.current) {
        const current = err.current as Scale;
        setStale(current);
        setVersion(current.version);
        setError(null);
        return;
      }
      const errs = serverErrors(err, t);
      setErrors(errs);
      setError(err);
      focusFirstError(errs);
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = scale ? check(UpdateScale, { ...body(), version }, t) : check(ScaleInput, body(), t);
    const errs = { ...duplicateErrors(duplicateCodes(options), t), ...('errors' in r ? r.errors : {}) };
    if ('errors' in r || Object.keys(errs).length > 0) {
      setErrors(errs);
      setError(new ApiError(400, 'request.validation_failed', '', null));
      focusFirstError(errs);
      return;
    }
    setErrors({});
    setError(null);
    save.mutate(r.data);
  };

  const title = scale ? t('surveyScales.editTitle', { name: text(scale.name) }) : t('surveyScales.createTitle');
  const list = (xs: { sv: string; en: string }[]) => xs.map((o) => text(o)).join(' · ');
  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      <Stack gap="sm">
        {stale && (
          <StaleNotice
            what={text(stale.name)}
            fields={[
              { key: 'nameSv', label: t('surveyScales.nameSv'), theirs: stale.name.sv, yours: nameSv },
              { key: 'nameEn', label: t('surveyScales.nameEn'), theirs: stale.name.en, yours: nameEn },
              {
                key: 'options',
                label: t('surveyScales.options'),
                theirs: list(stale.options.map((o) => o.label)),
                yours: list(options),
              },
            ]}
            onUseTheirs={() => {
              setNameSv(stale.name.sv);
              setNameEn(stale.name.en);
              setOptions(optionsOf(stale));
              setErrors({});
              setStale(null);
            }}
          />
        )}
        {scale && <Text size="sm">{t('surveyScales.changeNote')}</Text>}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
          <TextInput
            id={fieldId('name.sv')}
            label={t('surveyScales.nameSv')}
            required
            maxLength={200}
            value={nameSv}
            error={errors['name.sv']}
            onChange={(e) => {
              clear('name.sv');
              setNameSv(e.currentTarget.value);
            }}
          />
          <TextInput
            id={fieldId('name.en')}
            label={t('surveyScales.nameEn')}
            required
            lang="en"
            maxLength={200}
            value={nameEn}
            error={errors['name.en']}
            onChange={(e) => {
              clear('name.en');
              setNameEn(e.currentTarget.value);
            }}
          />
        </SimpleGrid>
        <BilingualList
          kind="option"
          legend={t('surveyScales.options')}
          description={t('surveyScales.optionsHint')}
          items={options}
          onChange={setOptions}
          base="options"
          errors={errors}
          clear={clear}
          announce={setAnnouncement}
          min={2}
        />
        <ErrorAlert error={error} />
        <ErrorSummary errors={errors} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {scale ? t('surveyScales.save') : t('surveyScales.create')}
          </Button>
          <Button variant="default" onClick={() => onDone(null)}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
