import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UpdateBody } from '../../../bodies/contract';
import { useEnum } from '../../i18n/useEnum';
import { EditPage } from '../../kit';
import { BodyForm } from './BodyForm';
import { bodyFieldLabel, bodyFormToInput, bodyToForm } from './fields';
import { bodiesApi, bodyKeys, useBody } from './queries';

export function BodyEdit() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const label = useEnum();
  return (
    <EditPage
      path="/bodies"
      ns="bodies"
      query={useBody(id)}
      name={(b) => b.name}
      toForm={bodyToForm}
      toInput={bodyFormToInput}
      schema={UpdateBody}
      send={bodiesApi.update}
      invalidate={[bodyKeys.all]}
      label={bodyFieldLabel(t)}
      // Organisations and bodies read by their names, from whichever record names them.
      show={(k, v, known) => {
        if (k === 'type' && v) return label('bodyType', v);
        if (k === 'organisationId') return known.find((b) => b.organisationId === v)?.organisationName ?? v;
        if (k === 'reportsToId') return known.find((b) => b.reportsTo?.id === v)?.reportsTo?.name ?? v;
        return v;
      }}
    >
      {(frame, b) => <BodyForm {...frame} selfId={b.id} />}
    </EditPage>
  );
}
