import { Anchor, Button, Group, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TermsInput } from '../../../agreements/contract';
import { api, ApiError } from '../../api';
import { BackLink } from '../../components/BackLink';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { StaleNotice } from '../../components/StaleNotice';
import { TableScroll } from '../../components/TableScroll';
import { formatDate, formatDateTime } from '../../format';
import { useCan } from '../../permissions';
import { staleRows } from '../assessments/stale';
import { AgreementErrorAlert, failForm } from './errors';
import { IssueForm } from './IssueForm';
import { templateKeys, useTemplate, type Template } from './queries';
import { TermsFields } from './TermsFields';
import { termsFieldMap, termsToValues, useTermsForm, type TermsValues } from './termsForm';
import { TermsView } from './TermsView';

/** A template: its terms (editable until issued), its versions, issuing it and issuing a change as a new version. */
export function TemplateDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const q = useTemplate(id);
  const [editing, setEditing] = useState(false);
  const [versioning, setVersioning] = useState(false);
  if (q.isPending) return <Loading />;
  if (q.error || !q.data) return <LoadFailed error={q.error} onRetry={() => void q.refetch()} />;
  const x = q.data;
  const canEdit = can('update', 'agreement', { countyId: x.countyId, organisationId: x.organisationId });
  const issued = x.versions.length > 0;
  return (
    <>
      <PageHeader
        title={x.terms.title}
        description={
          issued
            ? t('agreementTemplates.detail.issuedNote', { count: x.agreementCount })
            : t('agreementTemplates.detail.draftNote')
        }
        above={<BackLink to="/agreement-templates" label={t('agreementTemplates.title')} />}
      />
      <Section
        title={t('agreementTemplates.detail.terms')}
        actions={
          canEdit &&
          !issued &&
          !editing && (
            <Button variant="outline" onClick={() => setEditing(true)}>
              {t('agreementTemplates.detail.edit')}
            </Button>
          )
        }
      >
        {editing ? <EditTerms template={x} onDone={() => setEditing(false)} /> : <TermsView terms={x.terms} />}
      </Section>
      <Section title={t('agreementTemplates.detail.versions')}>
        {issued ? <Versions template={x} /> : <Text>{t('agreementTemplates.detail.noVersions')}</Text>}
        {canEdit && issued && !versioning && (
          <Button variant="outline" mt="md" onClick={() => setVersioning(true)}>
            {t('agreementTemplates.version.open')}
          </Button>
        )}
        {canEdit && issued && versioning && <NewVersion template={x} onDone={() => setVersioning(false)} />}
      </Section>
      <Section title={t('agreementTemplates.issue.title')}>
        <Text mb="sm">
          {t('agreementTemplates.detail.agreementCount', { count: x.agreementCount })}{' '}
          {x.agreementCount > 0 && (
            <Anchor component={Link} to="/agreements">
              {t('agreementTemplates.detail.toAgreements')}
            </Anchor>
          )}
        </Text>
        {canEdit && <IssueForm template={x} />}
      </Section>
    </>
  );
}

function Versions({ template: x }: { template: Template }) {
  const { t } = useTranslation();
  const caption = t('agreementTemplates.detail.versionsCaption');
  return (
    <TableScroll minWidth={640} label={caption}>
      <Table striped withTableBorder>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('agreementTemplates.detail.number')}</Table.Th>
            <Table.Th scope="col">{t('agreementTemplates.detail.validFrom')}</Table.Th>
            <Table.Th scope="col">{t('agreementTemplates.detail.validTo')}</Table.Th>
            <Table.Th scope="col">{t('agreementTemplates.detail.note')}</Table.Th>
            <Table.Th scope="col">{t('agreementTemplates.detail.issuedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {x.versions.map((v) => (
            <Table.Tr key={v.id}>
              <Table.Th scope="row">{v.number}</Table.Th>
              <Table.Td>{formatDate(v.validFrom)}</Table.Td>
              <Table.Td>{v.validTo ? formatDate(v.validTo) : t('agreementTemplates.detail.openEnded')}</Table.Td>
              <Table.Td>{v.note ?? '–'}</Table.Td>
              <Table.Td>{formatDateTime(v.issuedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

function EditTerms({ template: x, onDone }: { template: Template; onDone: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const state = useTermsForm(x.terms);
  const [version, setVersion] = useState(x.version);
  const [stale, setStale] = useState<Template | null>(null);
  const save = useMutation({
    mutationFn: (terms: TermsInput) => api.put<Template>(`/api/agreement-templates/${x.id}`, { terms, version }),
    onSuccess: async (saved) => {
      qc.setQueryData(templateKeys.one(saved.id), saved);
      await qc.invalidateQueries({ queryKey: templateKeys.all });
      onDone();
    },
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'record.stale' && err.current) {
        const current = err.current as Template;
        setStale(current);
        setVersion(current.version);
        state.form.setError(null);
        return;
      }
      failForm(state.form, err, t, termsFieldMap);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const terms = state.toInput(t);
    if (terms) save.mutate(terms);
  };
  const title = t('agreementTemplates.detail.editTitle');
  const label = (k: keyof TermsValues & string) => t(`agreementTemplates.form.${k}`);
  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack maw={900}>
        {stale && (
          <StaleNotice
            what={stale.terms.title}
            fields={staleRows(termsToValues(stale.terms), state.form.values, label)}
            onUseTheirs={() => {
              state.reset(stale.terms);
              setStale(null);
            }}
          />
        )}
        <AgreementErrorAlert error={state.form.error} />
        <TermsFields state={state} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('agreementTemplates.form.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A change of terms for all agreements from the template, from a new start date; the old version is kept. */
function NewVersion({ template: x, onDone }: { template: Template; onDone: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const state = useTermsForm(x.terms);
  const [note, setNote] = useState('');
  const latest = x.versions[0];
  const save = useMutation({
    mutationFn: (terms: TermsInput) =>
      api.post<Template>(`/api/agreement-templates/${x.id}/versions`, { terms, note, version: x.version }),
    onSuccess: async (saved) => {
      qc.setQueryData(templateKeys.one(saved.id), saved);
      await qc.invalidateQueries({ queryKey: templateKeys.all });
      await qc.invalidateQueries({ queryKey: ['agreements'] });
      onDone();
    },
    onError: (err) => failForm(state.form, err, t, termsFieldMap),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const terms = state.toInput(t);
    if (terms) save.mutate(terms);
  };
  const title = t('agreementTemplates.version.title');
  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack maw={900} mt="md">
        <Text>
          {t('agreementTemplates.version.intro', { number: latest?.number ?? 1, date: formatDate(latest?.validFrom) })}
        </Text>
        <AgreementErrorAlert error={state.form.error} />
        <TextInput
          type="date"
          label={t('agreementTemplates.version.validFrom')}
          required
          w={{ base: '100%', sm: 260 }}
          {...state.form.text('validFrom')}
        />
        <Textarea
          label={t('agreementTemplates.version.note')}
          autosize
          minRows={2}
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <TermsFields state={state} hideValidFrom />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('agreementTemplates.version.submit')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
