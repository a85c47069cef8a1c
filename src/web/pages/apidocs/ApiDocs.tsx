import { Anchor, Badge, Box, Code, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PlainLayout } from '../../layout/PlainLayout';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { DataTable, type Column } from '../../kit';
import { SchemaView } from './SchemaView';
import {
  isPublic,
  OPENAPI_URL,
  useOpenApi,
  operationsByTag,
  type Listed,
  type OpenApiDocument,
  type Parameter,
} from './openapi';

/**
 * The API described for people: every operation with its parameters, request and responses, drawn
 * from the same OpenAPI document clients are generated from, as plain accessible HTML (no script
 * of a third party, so the page keeps the strict content security policy).
 */
export function ApiDocs() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const query = useOpenApi();
  return (
    <PlainLayout size="lg">
      <Title order={1} mb="sm">
        {t('apidocs.title')}
      </Title>
      <Text mb="xs">{t('apidocs.intro')}</Text>
      <Anchor href={OPENAPI_URL} download="samsyn-openapi.json">
        {t('apidocs.download')}
      </Anchor>
      {query.isPending && <Loading />}
      {query.error && <LoadFailed error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && <Operations doc={query.data} filter={filter} setFilter={setFilter} />}
    </PlainLayout>
  );
}

function Operations({
  doc,
  filter,
  setFilter,
}: {
  doc: OpenApiDocument;
  filter: string;
  setFilter: (v: string) => void;
}) {
  const { t } = useTranslation();
  const groups = operationsByTag(doc, filter, t('apidocs.untagged'));
  const count = groups.reduce((n, [, ops]) => n + ops.length, 0);
  return (
    <>
      <TextInput
        mt="md"
        maw={480}
        label={t('apidocs.filter')}
        description={t('apidocs.filterHint')}
        value={filter}
        onChange={(e) => setFilter(e.currentTarget.value)}
      />
      <Text role="status" size="sm" mt="xs">
        {t('apidocs.operations', { count })}
      </Text>
      {groups.map(([tag, ops]) => (
        <Box component="section" key={tag} mt="lg" aria-labelledby={`tag-${tag}`}>
          <Title order={2} size="h3" id={`tag-${tag}`} mb="xs">
            {tag}
          </Title>
          <Stack gap="xs">
            {ops.map((o) => (
              <OperationView key={`${o.method} ${o.path}`} doc={doc} o={o} />
            ))}
          </Stack>
        </Box>
      ))}
    </>
  );
}

// Dark enough for white text at 4.5:1 (WCAG AA); the method is also written out.
const methodColour: Record<string, string> = {
  get: '#0b4f8a',
  post: '#1e6b2e',
  put: '#8a4b00',
  patch: '#6b2d8a',
  delete: '#a11b1b',
};

function OperationView({ doc, o }: { doc: OpenApiDocument; o: Listed }) {
  // An operation's parts are drawn only once opened: the whole API at once would be a large page.
  const [open, setOpen] = useState(false);
  return (
    <Box
      component="details"
      style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 6 }}
      p="xs"
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <Box component="summary" style={{ cursor: 'pointer', overflowWrap: 'anywhere' }}>
        <Badge variant="filled" mr="xs" radius="sm" style={{ backgroundColor: methodColour[o.method], color: '#fff' }}>
          {o.method.toUpperCase()}
        </Badge>
        <Code>{o.path}</Code>
        {o.op.summary ? ` — ${o.op.summary}` : ''}
      </Box>
      {open && <OperationParts doc={doc} o={o} />}
    </Box>
  );
}

function OperationParts({ doc, o }: { doc: OpenApiDocument; o: Listed }) {
  const { t } = useTranslation();
  const body = o.op.requestBody?.content?.['application/json']?.schema;
  const parameterColumns: Column<Parameter>[] = [
    { id: 'name', header: t('apidocs.parameter'), rowHeader: true, cell: (p) => <Code>{p.name}</Code> },
    { id: 'in', header: t('apidocs.in'), cell: (p) => p.in },
    { id: 'required', header: t('apidocs.required'), cell: (p) => (p.required ? t('apidocs.yes') : t('apidocs.no')) },
    { id: 'type', header: t('apidocs.type'), cell: (p) => <SchemaView doc={doc} schema={p.schema} /> },
  ];
  return (
    <Stack gap="sm" mt="sm">
      <Text size="sm">{isPublic(o.op) ? t('apidocs.public') : t('apidocs.needsSession')}</Text>
      {o.op.description && <Text size="sm">{o.op.description}</Text>}
      {!!o.op.parameters?.length && (
        <Part title={t('apidocs.parameters')}>
          <DataTable
            caption={`${t('apidocs.parameters')}: ${o.method.toUpperCase()} ${o.path}`}
            columns={parameterColumns}
            rows={o.op.parameters}
            rowKey={(p) => `${p.in}-${p.name}`}
            reflow="scroll"
            showCount={false}
          />
        </Part>
      )}
      {body && (
        <Part title={t('apidocs.body')}>
          <SchemaView doc={doc} schema={body} />
        </Part>
      )}
      <Part title={t('apidocs.responses')}>
        {Object.entries(o.op.responses ?? {}).map(([status, r]) => {
          const schema = r.content?.['application/json']?.schema;
          return (
            <Box key={status} mt={4}>
              <Text size="sm" fw={600}>
                {status}
                {r.description ? ` — ${r.description}` : ''}
              </Text>
              {schema ? <SchemaView doc={doc} schema={schema} /> : <Text size="sm">{t('apidocs.noContent')}</Text>}
            </Box>
          );
        })}
      </Part>
    </Stack>
  );
}

/** One part of an operation (its parameters, body or responses) under its h3. */
function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <Title order={3} size="h5">
        {title}
      </Title>
      {children}
    </div>
  );
}
