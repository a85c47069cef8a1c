import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UpdateFramework, type Framework } from '../../../goals/contract';
import { EditPage } from '../../kit';
import { FrameworkForm, frameworkFormToInput, frameworkToForm } from './FrameworkForm';
import { frameworkKeys, frameworksApi, useFrameworkContent, useLocalText } from './queries';

/** What an edit may change, as the form has it (the key and kind are fixed once made). */
const editableForm = (f: Framework) => {
  const { key: _key, kind: _kind, ...rest } = frameworkToForm(f);
  return rest;
};

export function FrameworkEdit() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const local = useLocalText();
  const q = useFrameworkContent(id, null);
  const framework = q.data?.framework;
  return (
    <EditPage
      path="/frameworks"
      ns="frameworks"
      query={{ ...q, data: framework }}
      name={(f) => local(f.name)}
      toForm={editableForm}
      toInput={(v) => {
        const { name, description, source, shared } = frameworkFormToInput({ ...v, key: '', kind: '' });
        return { name, description, source, shared };
      }}
      schema={UpdateFramework}
      send={frameworksApi.update}
      invalidate={[frameworkKeys.all]}
      label={(k) => t(`frameworks.fields.${k}`)}
      show={(k, v) => (k === 'shared' ? (v === 'true' ? t('common.yes') : t('common.no')) : v)}
    >
      {(frame) => <FrameworkForm {...frame} isNew={false} />}
    </EditPage>
  );
}
