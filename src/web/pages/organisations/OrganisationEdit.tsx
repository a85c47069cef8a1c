import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UpdateOrganisation, type Organisation } from '../../../organisations/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useForm } from '../../components/useForm';
import { useEnum } from '../../i18n/useEnum';
import { DetailPage, StaleChanges, useSave } from '../../kit';
import { formToInput, organisationFieldLabel, organisationToForm, type OrganisationFormValues } from './fields';
import { OrganisationForm } from './OrganisationForm';
import { organisationKeys, organisationsApi, useOrganisation } from './queries';

export function OrganisationEdit() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <DetailPage
      query={useOrganisation(id)}
      title={(o) => t('organisations.editTitle', { name: o.name })}
      back={{ to: `/organisations/${id}`, label: t('organisations.title') }}
    >
      {(o) => <EditForm key={o.id} org={o} />}
    </DetailPage>
  );
}

function EditForm({ org }: { org: Organisation }) {
  const { t } = useTranslation();
  const label = useEnum();
  const navigate = useNavigate();
  const form = useForm<OrganisationFormValues>(organisationToForm(org));
  const save = useSave({
    from: org,
    send: (input: Omit<UpdateOrganisation, 'version'>, version) =>
      organisationsApi.update(org.id, { ...input, version: version! }),
    invalidate: [organisationKeys.all],
    onSaved: (o) => navigate(`/organisations/${o.id}`),
    onError: form.fail,
  });

  const submit = () => {
    const input = form.validate(UpdateOrganisation, { ...formToInput(form.values), version: save.version });
    if (input) save.submit(input);
  };

  const fieldLabel = organisationFieldLabel(t);
  const show = (k: keyof OrganisationFormValues, v: string) => (k === 'type' && v ? label('organisationType', v) : v);
  const theirs = save.stale && organisationToForm(save.stale);

  return (
    <OrganisationForm
      form={form}
      onSubmit={submit}
      busy={save.pending}
      submitLabel={t('common.save')}
      cancelTo={`/organisations/${org.id}`}
    >
      {save.stale && theirs && (
        <StaleChanges
          what={save.stale.name}
          fields={(Object.keys(theirs) as (keyof OrganisationFormValues)[]).map((k) => ({
            key: k,
            label: fieldLabel(k),
            theirs: show(k, theirs[k]),
            yours: show(k, form.values[k]),
          }))}
          onReapply={submit}
          busy={save.pending}
          onUseTheirs={() => {
            save.discard();
            form.setValues(theirs);
          }}
        />
      )}
      <ErrorAlert error={form.error} />
    </OrganisationForm>
  );
}
