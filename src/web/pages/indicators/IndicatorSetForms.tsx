import { Textarea, TextInput } from '@mantine/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreateIndicatorSet, UpdateIndicatorSet } from '../../../statistics/indicators-contract';
import { CreatePage, EditPage, RecordForm, type RecordFormProps } from '../../kit';
import { indicatorKeys, indicatorsApi, useIndicatorSet, useIndicatorSets, type IndicatorSet } from './queries';

type SetValues = { name: string; description: string };
const toInput = (v: SetValues) => ({ name: v.name, description: v.description });

function SetForm(props: RecordFormProps<SetValues>) {
  const { t } = useTranslation();
  const { form, ...frame } = props;
  return (
    <RecordForm
      {...frame}
      fields={<TextInput label={t('indicators.fields.name')} required maxLength={200} {...form.text('name')} />}
      wide={
        <Textarea
          label={t('indicators.fields.description')}
          autosize
          minRows={3}
          maxLength={4000}
          {...form.text('description')}
        />
      }
    />
  );
}

/** A new indicator set of the county: its name and what it follows; its page opens when saved. */
export function IndicatorSetCreate() {
  const { t } = useTranslation();
  return (
    <CreatePage
      path="/indicators/sets"
      ns="indicators"
      list={useIndicatorSets()}
      initial={{ name: '', description: '' } as SetValues}
      schema={CreateIndicatorSet}
      toInput={toInput}
      send={indicatorsApi.createSet}
      invalidate={[indicatorKeys.all]}
    >
      {(frame) => <SetForm {...frame} submitLabel={t('indicators.createSubmit')} />}
    </CreatePage>
  );
}

export function IndicatorSetEdit() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <EditPage
      path="/indicators/sets"
      ns="indicators"
      query={useIndicatorSet(id)}
      name={(s: IndicatorSet) => s.name}
      toForm={(s) => ({ name: s.name, description: s.description })}
      toInput={toInput}
      schema={UpdateIndicatorSet}
      send={indicatorsApi.updateSet}
      invalidate={[indicatorKeys.all]}
      label={(k) => t(`indicators.fields.${k}`)}
    >
      {(frame) => <SetForm {...frame} />}
    </EditPage>
  );
}
