import { Alert, Anchor, Input, Text, TextInput } from '@mantine/core';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, CaseDocument } from '../../../meetings/contract';
import { ApiError } from '../../api/error';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { formatDateTime } from '../../format';
import { DataTable, InlineForm, useSave, type Column } from '../../kit';
import { caseKeys, casesApi, DOCUMENT_MAX_BYTES, DOCUMENT_TYPES, kindOfName, type DocumentKind } from './queries';
import { fileSize } from './shared';

const ACCEPT = [...Object.keys(DOCUMENT_TYPES).map((k) => `.${k}`), ...Object.values(DOCUMENT_TYPES)].join(',');

/** Why the file was refused, in words: too large (413) or not the kind it claims (415); else null. */
function refusal(err: unknown): 'tooLarge' | 'wrongType' | null {
  if (!(err instanceof ApiError)) return null;
  if (err.status === 413) return 'tooLarge';
  if (err.status === 415) return 'wrongType';
  return null;
}

/** The case's documents (beslutsunderlag): download links, and the upload of a PDF, Word or Excel file. */
export function DocumentsSection({ c }: { c: Case }) {
  const { t, i18n } = useTranslation();
  const columns: Column<CaseDocument>[] = [
    {
      id: 'title',
      header: t('cases.documents.title'),
      rowHeader: true,
      cell: (d) => (
        <Anchor href={casesApi.documentUrl(c.id, d.id)} download={d.fileName}>
          {d.title}
        </Anchor>
      ),
    },
    {
      id: 'fileName',
      header: t('cases.documents.fileName'),
      cell: (d) => <span style={{ overflowWrap: 'anywhere' }}>{d.fileName}</span>,
    },
    { id: 'kind', header: t('cases.documents.kind'), cell: (d) => t(`cases.documents.kinds.${d.kind}`) },
    { id: 'size', header: t('cases.documents.size'), align: 'right', cell: (d) => fileSize(d.size, i18n.language) },
    { id: 'createdAt', header: t('cases.documents.added'), cell: (d) => formatDateTime(d.createdAt) },
  ];
  return (
    <Section title={t('cases.documents.sectionTitle')}>
      <DataTable
        caption={t('cases.documents.caption', { number: c.registrationNumber })}
        columns={columns}
        rows={c.documents}
        rowKey={(d) => d.id}
        showCount={false}
        empty={t('cases.documents.empty')}
      />
      {c.abilities.update && <UploadForm c={c} />}
    </Section>
  );
}

/**
 * Upload one file. The size and the kind by its name are checked here first; the server checks the
 * size again (413) and the content against the claimed kind (415) and stores nothing when it refuses.
 */
function UploadForm({ c }: { c: Case }) {
  const { t } = useTranslation();
  const fileId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<{ field: 'file' | 'title'; text: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [added, setAdded] = useState('');
  const limit = `${DOCUMENT_MAX_BYTES / 1024 / 1024} MB`;

  const upload = useSave({
    send: async (p: { title: string; file: File; kind: DocumentKind }) => {
      try {
        return await casesApi.upload(c.id, { ...p, version: c.version });
      } catch (err) {
        // Someone else changed the case meanwhile: a document does not clash with their change.
        if (err instanceof ApiError && err.isStale)
          return casesApi.upload(c.id, { ...p, version: (err.current as Case).version });
        throw err;
      }
    },
    invalidate: [caseKeys.all],
    onSaved: (saved) => {
      setAdded(saved.documents.at(-1)?.title ?? title);
      setFile(null);
      setTitle('');
      if (input.current) input.current.value = '';
    },
    onError: setError,
  });

  const words = (why: 'tooLarge' | 'wrongType', name: string) =>
    why === 'tooLarge' ? t('cases.documents.tooLarge', { name, limit }) : t('cases.documents.wrongType', { name });

  const submit = () => {
    setError(null);
    setAdded('');
    if (!file) return setProblem({ field: 'file', text: t('cases.documents.chooseFile') });
    const kind = kindOfName(file.name);
    if (!kind) return setProblem({ field: 'file', text: words('wrongType', file.name) });
    if (file.size > DOCUMENT_MAX_BYTES) return setProblem({ field: 'file', text: words('tooLarge', file.name) });
    if (!title.trim()) return setProblem({ field: 'title', text: t('validation.required') });
    setProblem(null);
    upload.submit({ title: title.trim(), file, kind });
  };

  const why = refusal(error);
  return (
    <InlineForm
      title={t('cases.documents.uploadTitle')}
      heading="title"
      submitLabel={t('cases.documents.upload')}
      busy={upload.pending}
      onSubmit={submit}
      error={
        why ? (
          <Alert color="red.9" variant="outline" role="alert" title={t('cases.documents.refused')}>
            {words(why, file?.name ?? '')} {t('cases.documents.nothingStored')}
          </Alert>
        ) : (
          <ErrorAlert error={error} />
        )
      }
    >
      <Text size="sm">{t('cases.documents.uploadIntro', { limit })}</Text>
      <Input.Wrapper
        label={t('cases.documents.file')}
        id={fileId}
        required
        error={problem?.field === 'file' ? problem.text : undefined}
        errorProps={{ id: `${fileId}-error` }}
      >
        <input
          ref={input}
          id={fileId}
          type="file"
          accept={ACCEPT}
          aria-invalid={problem?.field === 'file' || undefined}
          aria-describedby={problem?.field === 'file' ? `${fileId}-error` : undefined}
          style={{ display: 'block', marginTop: 4, maxWidth: '100%' }}
          onChange={(e) => {
            const f = e.currentTarget.files?.[0] ?? null;
            setFile(f);
            setProblem(null);
            setAdded('');
            if (f && !title.trim()) setTitle(f.name.replace(/\.[^.]+$/, ''));
          }}
        />
      </Input.Wrapper>
      <TextInput
        label={t('cases.documents.title')}
        required
        maxLength={300}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        error={problem?.field === 'title' ? problem.text : undefined}
      />
      <Text role="status" size="sm">
        {added && t('cases.documents.uploaded', { title: added })}
      </Text>
    </InlineForm>
  );
}
