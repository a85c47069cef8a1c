import { Alert, Button, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Framework, ItemInput } from '../../../goals/contract';
import { api, ApiError } from '../../api';
import { AuditHistory } from '../../components/AuditHistory';
import { BackLink } from '../../components/BackLink';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadFailed } from '../../components/LoadFailed';
import { FieldList } from '../../components/FieldList';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { useEnum } from '../../i18n/useEnum';
import { useCan } from '../../permissions';
import { removeItem, toInput } from './draft';
import { frameworkFieldLabel } from './fields';
import { ItemDialog } from './ItemDialog';
import { ItemSearch } from './ItemSearch';
import { ItemTree } from './ItemTree';
import { downloadFramework, frameworkKeys, useFrameworkContent, useLocalText } from './queries';
import { VersionTable } from './VersionTable';

export function FrameworkDetail() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const versionId = params.get('version');
  const { t } = useTranslation();
  const label = useEnum();
  const local = useLocalText();
  const can = useCan();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const q = useFrameworkContent(id, versionId);
  const [query, setQuery] = useState('');
  const [dialog, setDialog] = useState<{ code: string | null } | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);

  const refresh = () => qc.invalidateQueries({ queryKey: frameworkKeys.all });
  const onStale = (err: unknown) => {
    if (err instanceof ApiError && err.code === 'record.stale') void refresh();
  };
  const saveDraft = useMutation({
    mutationFn: ({ items, version }: { items: ItemInput[]; version: number }) =>
      api.put<Framework>(`/api/frameworks/${id}/draft`, { items, version }),
    onSuccess: refresh,
    onError: onStale,
  });
  const publish = useMutation({
    mutationFn: (fw: Framework) => api.post<Framework>(`/api/frameworks/${id}/publish`, { version: fw.version }),
    onSuccess: refresh,
    onError: onStale,
  });
  const newVersion = useMutation({
    mutationFn: (fw: Framework) => api.post<Framework>(`/api/frameworks/${id}/versions`, { version: fw.version }),
    onSuccess: async (fw) => {
      await refresh();
      if (fw.draftVersionId) navigate(`/frameworks/${id}?version=${fw.draftVersionId}`);
    },
    onError: onStale,
  });

  if (q.isPending) return <Loading />;
  if (q.error || !q.data) return <LoadFailed error={q.error} onRetry={() => void q.refetch()} />;
  const { framework: fw, version, items } = q.data;
  const target = {
    countyId: fw.countyId,
    organisationId: fw.ownerOrganisationId,
    shared: fw.shared,
    builtin: fw.builtin,
  };
  const editable = !fw.builtin && !fw.archived && fw.abilities.update;
  const editingDraft = editable && version.status === 'draft';
  const tree = toInput(items);
  const save = (next: ItemInput[]) => saveDraft.mutateAsync({ items: next, version: fw.version });

  return (
    <>
      <PageHeader
        title={local(fw.name)}
        above={<BackLink to="/frameworks" label={t('frameworks.title')} />}
        actions={
          <>
            {editable && (
              <Button component={Link} to={`/frameworks/${fw.id}/edit`}>
                {t('common.edit')}
              </Button>
            )}
            {editable && fw.draftVersionId && (
              <ConfirmButton
                label={t('frameworks.versions.publish')}
                title={t('frameworks.versions.publish')}
                message={t('frameworks.versions.publishConfirm')}
                onConfirm={() => publish.mutate(fw)}
                loading={publish.isPending}
              />
            )}
            {editable && !fw.draftVersionId && (
              <Button variant="outline" onClick={() => newVersion.mutate(fw)} loading={newVersion.isPending}>
                {t('frameworks.versions.newVersion')}
              </Button>
            )}
            <Button
              variant="outline"
              onClick={() => {
                setExportError(null);
                downloadFramework(fw.id, version.id).catch(setExportError);
              }}
            >
              {t('frameworks.export')}
            </Button>
          </>
        }
      />
      <ErrorAlert error={publish.error ?? newVersion.error ?? exportError} />
      <Section title={t('common.details')}>
        <FieldList
          items={[
            { label: t('frameworks.fields.kind'), value: label('frameworkKind', fw.kind) },
            { label: t('frameworks.owner'), value: fw.builtin ? t('frameworks.builtin') : fw.ownerOrganisationName },
            ...(fw.builtin
              ? []
              : [
                  {
                    label: t('frameworks.fields.shared'),
                    value: fw.shared ? t('frameworks.shared') : t('frameworks.notShared'),
                  },
                ]),
            { label: t('frameworks.fields.key'), value: fw.key },
            { label: t('frameworks.fields.description'), value: local(fw.description) },
            { label: t('frameworks.fields.source'), value: local(fw.source) },
          ]}
        />
      </Section>
      <Section
        title={t('frameworks.hierarchy')}
        actions={
          editingDraft && (
            <Button variant="outline" onClick={() => setDialog({ code: null })}>
              {t('frameworks.items.add')}
            </Button>
          )
        }
      >
        <Text mb="sm" fw={500}>
          {t('frameworks.versions.showing', { number: version.number, status: label('versionStatus', version.status) })}{' '}
          · {t('frameworks.itemCount', { count: version.itemCount })}
        </Text>
        {version.status === 'draft' && (
          <Alert variant="outline" color="blue.9" mb="md">
            {t('frameworks.versions.draftNotice')}
          </Alert>
        )}
        <ErrorAlert error={saveDraft.error} />
        <ItemSearch items={items} query={query} onQuery={setQuery}>
          <ItemTree
            items={items}
            actions={
              editingDraft
                ? (item) => (
                    <>
                      <Button
                        size="xs"
                        variant="outline"
                        onClick={() => setDialog({ code: item.code })}
                        aria-label={t('frameworks.items.edit', { code: item.code })}
                      >
                        {t('common.edit')}
                      </Button>
                      <ConfirmButton
                        size="xs"
                        variant="outline"
                        color="red.9"
                        label={t('common.remove')}
                        aria-label={t('frameworks.items.remove', { code: item.code })}
                        title={t('frameworks.items.remove', { code: item.code })}
                        message={t('frameworks.items.removeConfirm', { code: item.code })}
                        onConfirm={async () => {
                          await save(removeItem(tree, item.code)).catch(() => undefined);
                        }}
                      />
                    </>
                  )
                : undefined
            }
          />
        </ItemSearch>
      </Section>
      {dialog && (
        <ItemDialog
          tree={tree}
          code={dialog.code}
          onClose={() => setDialog(null)}
          onSave={save}
          busy={saveDraft.isPending}
        />
      )}
      <Section title={t('frameworks.versions.title')}>
        {fw.versions.length === 0 ? (
          <Text>{t('frameworks.versions.noVersion')}</Text>
        ) : (
          <VersionTable framework={fw} shownId={version.id} />
        )}
      </Section>
      {!fw.builtin && can('read', 'audit', target) && (
        <AuditHistory
          path={`/api/frameworks/${fw.id}/audit`}
          queryKey={frameworkKeys.one(fw.id)}
          fieldLabel={frameworkFieldLabel(t)}
          enums={{ kind: 'frameworkKind', status: 'versionStatus', level: 'itemLevel' }}
        />
      )}
    </>
  );
}
