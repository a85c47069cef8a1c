import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UpdateBody, type Body } from '../../../bodies/contract';
import { useEnum } from '../../i18n/useEnum';
import { DetailPage, useEditForm } from '../../kit';
import { BodyForm } from './BodyForm';
import { bodyFieldLabel, bodyFormToInput, bodyToForm } from './fields';
import { bodiesApi, bodyKeys, useBody } from './queries';

export function BodyEdit() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <DetailPage
      query={useBody(id)}
      title={(b) => t('bodies.editTitle', { name: b.name })}
      back={{ to: `/bodies/${id}`, label: t('bodies.title') }}
    >
      {(b) => <EditForm key={b.id} body={b} />}
    </DetailPage>
  );
}

function EditForm({ body }: { body: Body }) {
  const { t } = useTranslation();
  const label = useEnum();
  const navigate = useNavigate();
  const { save, frame } = useEditForm({
    record: body,
    toForm: bodyToForm,
    toInput: bodyFormToInput,
    schema: UpdateBody,
    send: (input) => bodiesApi.update(body.id, input),
    invalidate: [bodyKeys.all],
    onSaved: (b) => navigate(`/bodies/${b.id}`),
  });
  // Organisations and bodies read by their names, from whichever record names them.
  const known = [save.stale, body];
  const show = (k: string, v: string) => {
    if (k === 'type' && v) return label('bodyType', v);
    if (k === 'organisationId') return known.find((b) => b?.organisationId === v)?.organisationName ?? v;
    if (k === 'reportsToId') return known.find((b) => b?.reportsTo?.id === v)?.reportsTo?.name ?? v;
    return v;
  };
  return (
    <BodyForm
      {...frame({ cancelTo: `/bodies/${body.id}`, what: (b) => b.name, label: bodyFieldLabel(t), show })}
      selfId={body.id}
    />
  );
}
