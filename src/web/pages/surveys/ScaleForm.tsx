import { Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ScaleInput } from '../../../surveys/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { InlineForm, StaleChanges, useSave } from '../../kit';
import { BilingualList } from './editor/BilingualList';
import { duplicateCodes, newId, type OptionDraft } from './editor/draft';
import { duplicateErrors } from './editor/errors';
import { ErrorSummary } from './editor/ErrorSummary';
import { BiField, inLang } from './editor/fields';
import { useEditorErrors } from './editor/useErrors';
import { scaleKeys, surveysApi, type Scale } from './queries';
import { useBi } from './shared';

type Bi = { sv: string; en: string };

const optionsOf = (s: Scale | null): OptionDraft[] =>
  s
    ? s.options.map((o) => ({ id: newId(), code: o.code, codeAuto: false, sv: o.label.sv, en: o.label.en }))
    : [1, 2].map((n) => ({ id: newId(), code: `alt${n}`, codeAuto: true, sv: '', en: '' }));

/** Create a county scale, or change one (with the version seen); built-in scales never come here. */
export function ScaleForm({ scale, onDone }: { scale: Scale | null; onDone: (saved: Scale | null) => void }) {
  const { t } = useTranslation();
  const text = useBi();
  const [name, setName] = useState<Bi>(scale?.name ?? { sv: '', en: '' });
  const [options, setOptions] = useState(() => optionsOf(scale));
  const [announcement, setAnnouncement] = useState('');
  const errs = useEditorErrors();

  const save = useSave({
    from: scale ?? undefined,
    send: (input: z.output<typeof ScaleInput>, version) =>
      scale
        ? surveysApi.updateScale(scale.id, { ...input, version: version ?? scale.version })
        : surveysApi.createScale(input),
    invalidate: [scaleKeys.all],
    onSaved: onDone,
    onError: errs.fail,
  });
  const submit = () => {
    const input = errs.validate(
      ScaleInput,
      { name, options: options.map((o) => ({ code: o.code, label: { sv: o.sv, en: o.en } })) },
      duplicateErrors(duplicateCodes(options), t),
    );
    if (input) save.submit(input);
  };
  const useTheirs = () => {
    const theirs = save.discard();
    if (!theirs) return;
    setName(theirs.name);
    setOptions(optionsOf(theirs));
    errs.reset();
  };

  const title = scale ? t('surveyScales.editTitle', { name: text(scale.name) }) : t('surveyScales.createTitle');
  const list = (xs: Bi[]) => xs.map((o) => text(o)).join(' · ');
  return (
    <InlineForm
      title={title}
      onSubmit={submit}
      submitLabel={scale ? t('surveyScales.save') : t('surveyScales.create')}
      busy={save.pending}
      onCancel={() => onDone(null)}
      maw="100%"
      mt={0}
      error={
        save.stale && (
          <StaleChanges
            what={text(save.stale.name)}
            fields={[
              { key: 'nameSv', label: t('surveyScales.nameSv'), theirs: save.stale.name.sv, yours: name.sv },
              { key: 'nameEn', label: t('surveyScales.nameEn'), theirs: save.stale.name.en, yours: name.en },
              {
                key: 'options',
                label: t('surveyScales.options'),
                theirs: list(save.stale.options.map((o) => o.label)),
                yours: list(options),
              },
            ]}
            onReapply={save.reapply}
            busy={save.pending}
            onUseTheirs={useTheirs}
          />
        )
      }
    >
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      {scale && <Text size="sm">{t('surveyScales.changeNote')}</Text>}
      <BiField
        path="name"
        errors={errs.errors}
        label={(lang) => t(`surveyScales.${inLang('name', lang)}`)}
        value={(lang) => name[lang]}
        onChange={(lang, v) => {
          errs.clear(`name.${lang}`);
          setName({ ...name, [lang]: v });
        }}
        required
        maxLength={200}
      />
      <BilingualList
        kind="option"
        legend={t('surveyScales.options')}
        description={t('surveyScales.optionsHint')}
        items={options}
        onChange={setOptions}
        base="options"
        errors={errs.errors}
        clear={errs.clear}
        announce={setAnnouncement}
        min={2}
      />
      <ErrorAlert error={errs.error} />
      <ErrorSummary errors={errs.errors} />
    </InlineForm>
  );
}
