import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UpdateFramework, type Framework } from '../../../goals/contract';
import { DetailPage, useEditForm } from '../../kit';
import { FrameworkForm, frameworkFormToInput, frameworkToForm, type FrameworkFormValues } from './FrameworkForm';
import { frameworkKeys, frameworksApi, useFrameworkContent, useLocalText } from './queries';

export function FrameworkEdit() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const local = useLocalText();
  const q = useFrameworkContent(id, null);
  return (
    <DetailPage
      query={{ ...q, data: q.data?.framework }}
      title={(fw) => t('frameworks.editTitle', { name: local(fw.name) })}
      back={{ to: `/frameworks/${id}`, label: t('frameworks.title') }}
    >
      {(fw) => <EditForm key={fw.id} framework={fw} />}
    </DetailPage>
  );
}

/** The fields an edit may change (the key and kind are fixed once made). */
const editable = (v: FrameworkFormValues) => {
  const { name, description, source, shared } = frameworkFormToInput(v);
  return { name, description, source, shared };
};

function EditForm({ framework }: { framework: Framework }) {
  const { t } = useTranslation();
  const local = useLocalText();
  const navigate = useNavigate();
  const { frame } = useEditForm({
    record: framework,
    // The stale notice compares what an edit may change.
    toForm: (f: Framework) => {
      const { key: _key, kind: _kind, ...rest } = frameworkToForm(f);
      return rest;
    },
    toInput: (v) => editable({ ...v, key: framework.key, kind: framework.kind }),
    schema: UpdateFramework,
    send: (input) => frameworksApi.update(framework.id, input),
    invalidate: [frameworkKeys.all],
    onSaved: (f) => navigate(`/frameworks/${f.id}`),
  });
  return (
    <FrameworkForm
      {...frame({
        cancelTo: `/frameworks/${framework.id}`,
        what: (f) => local(f.name),
        label: (k) => t(`frameworks.fields.${k}`),
        show: (k, v) => (k === 'shared' ? (v === 'true' ? t('common.yes') : t('common.no')) : v),
      })}
      isNew={false}
    />
  );
}
