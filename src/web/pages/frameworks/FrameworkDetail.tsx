import { Alert, Button, Text } from '@mantine/core';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Framework, ItemInput } from '../../../goals/contract';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldList } from '../../components/FieldList';
import { Section } from '../../components/Section';
import { useEnum } from '../../i18n/useEnum';
import { ArchivedNotice, DetailPage, History, StaleChanges, useRecordActions, useSave } from '../../kit';
import { removeItem, toInput } from './draft';
import { frameworkFieldLabel } from './fields';
import { ItemDialog } from './ItemDialog';
import { ItemSearch } from './ItemSearch';
import { ItemTree } from './ItemTree';
import {
  downloadFramework,
  frameworkKeys,
  frameworksApi,
  useFrameworkContent,
  useLocalText,
  type VersionContent,
} from './queries';
import { VersionTable } from './VersionTable';

export function FrameworkDetail() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const versionId = params.get('version');
  const { t } = useTranslation();
  const local = useLocalText();
  const navigate = useNavigate();
  const q = useFrameworkContent(id, versionId);
  const [exportError, setExportError] = useState<unknown>(null);

  const invalidate = [frameworkKeys.all];
  const refresh = useRefresh(invalidate);
  const publish = useSave({ send: frameworksApi.publish, invalidate, onError: refresh });
  const newVersion = useSave({
    send: frameworksApi.newVersion,
    invalidate,
    onSaved: (fw) => {
      if (fw.draftVersionId) navigate(`/frameworks/${id}?version=${fw.draftVersionId}`);
    },
    onError: refresh,
  });
  const { actions, error } = useRecordActions({
    archive: frameworksApi.archive,
    invalidate,
    editTo: (fw: Framework) => `/frameworks/${fw.id}/edit`,
    name: (fw) => local(fw.name),
    more: (fw) => {
      const editable = fw.abilities.update && !fw.archived;
      return [
        {
          label: t('frameworks.versions.publish'),
          can: editable && fw.draftVersionId !== null,
          element: (
            <ConfirmButton
              label={t('frameworks.versions.publish')}
              title={t('frameworks.versions.publish')}
              message={t('frameworks.versions.publishConfirm')}
              onConfirm={() => publish.submit(fw)}
              loading={publish.pending}
            />
          ),
        },
        {
          label: t('frameworks.versions.newVersion'),
          can: editable && fw.draftVersionId === null,
          variant: 'outline',
          onClick: () => newVersion.submit(fw),
          loading: newVersion.pending,
        },
        {
          label: t('frameworks.export'),
          can: true,
          variant: 'outline',
          onClick: () => {
            setExportError(null);
            downloadFramework(fw.id, q.data?.version.id).catch(setExportError);
          },
        },
      ];
    },
  });

  return (
    <DetailPage
      query={q}
      title={(c) => local(c.framework.name)}
      back={{ to: '/frameworks', label: t('frameworks.title') }}
      actions={(c) => actions(c.framework)}
    >
      {(c) => (
        <>
          <ErrorAlert error={publish.error ?? newVersion.error ?? error ?? exportError} />
          <FrameworkContent content={c} />
        </>
      )}
    </DetailPage>
  );
}

/** Invalidates the given queries (after a failed change, so the page shows what is saved now). */
function useRefresh(keys: QueryKey[]) {
  const qc = useQueryClient();
  return () => void Promise.all(keys.map((queryKey) => qc.invalidateQueries({ queryKey })));
}

function FrameworkContent({ content }: { content: VersionContent }) {
  const { t } = useTranslation();
  const label = useEnum();
  const local = useLocalText();
  const { framework: fw, version, items } = content;
  const [query, setQuery] = useState('');
  const [dialog, setDialog] = useState<{ code: string | null } | null>(null);
  const saveDraft = useSave<ItemInput[], Framework, Framework>({
    from: fw,
    // The newer of the version shown and the one the hook holds (after someone else saved).
    send: (next, v) => frameworksApi.saveDraft(fw.id, next, Math.max(v ?? 0, fw.version)),
    invalidate: [frameworkKeys.all],
  });
  const editingDraft = fw.abilities.update && !fw.archived && version.status === 'draft';
  const tree = toInput(items);
  const save = (next: ItemInput[]) => saveDraft.submitAsync(next);

  return (
    <>
      <ArchivedNotice archived={fw.archived} />
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
        {saveDraft.stale && (
          <StaleChanges
            what={local(saveDraft.stale.name)}
            fields={[]}
            onReapply={saveDraft.reapply}
            busy={saveDraft.pending}
            onUseTheirs={() => saveDraft.discard()}
          />
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
          busy={saveDraft.pending}
        />
      )}
      <Section title={t('frameworks.versions.title')}>
        {fw.versions.length === 0 ? (
          <Text>{t('frameworks.versions.noVersion')}</Text>
        ) : (
          <VersionTable framework={fw} shownId={version.id} />
        )}
      </Section>
      {!fw.builtin && (
        <History
          load={() => frameworksApi.history(fw.id)}
          queryKey={frameworkKeys.one(fw.id)}
          fieldLabel={frameworkFieldLabel(t)}
          enums={{ kind: 'frameworkKind', status: 'versionStatus', level: 'itemLevel' }}
        />
      )}
    </>
  );
}
