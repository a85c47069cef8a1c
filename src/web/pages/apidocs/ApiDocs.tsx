import { Anchor, Badge, Box, Code, Container, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../layout/LanguageSwitch';
import { SkipLink } from '../../layout/SkipLink';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { SchemaView } from './SchemaView';
import { isPublic, OPENAPI_URL, useOpenApi, operationsByTag, type Listed, type OpenApiDocument } from './openapi';

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
    <>
      <SkipLink />
      <Box component="header" py="sm" px="md" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Group justify="space-between">
          <Text fw={750} fz="xl" c="dark.8">
            {t('app.name')}
          </Text>
          <LanguageSwitch />
        </Group>
      </Box>
      <Container size="lg" py="lg" component="main" id="main" tabIndex={-1} style={{ outline: 'none' }}>
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
      </Container>
    </>
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
  return (
    <Stack gap="sm" mt="sm">
      <Text size="sm">{isPublic(o.op) ? t('apidocs.public') : t('apidocs.needsSession')}</Text>
      {o.op.description && <Text size="sm">{o.op.description}</Text>}
      {!!o.op.parameters?.length && (
        <Box
          style={{ overflowX: 'auto' }}
          tabIndex={0}
          role="region"
          aria-label={`${t('apidocs.parameters')}: ${o.method.toUpperCase()} ${o.path}`}
        >
          <Table withTableBorder captionSide="top" fz="sm">
            <Table.Caption>{t('apidocs.parameters')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('apidocs.parameter')}</Table.Th>
                <Table.Th scope="col">{t('apidocs.in')}</Table.Th>
                <Table.Th scope="col">{t('apidocs.required')}</Table.Th>
                <Table.Th scope="col">{t('apidocs.type')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {o.op.parameters.map((p) => (
                <Table.Tr key={`${p.in}-${p.name}`}>
                  <Table.Th scope="row">
                    <Code>{p.name}</Code>
                  </Table.Th>
                  <Table.Td>{p.in}</Table.Td>
                  <Table.Td>{p.required ? t('apidocs.yes') : t('apidocs.no')}</Table.Td>
                  <Table.Td>
                    <SchemaView doc={doc} schema={p.schema} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      )}
      {body && (
        <div>
          <Title order={3} size="h5">
            {t('apidocs.body')}
          </Title>
          <SchemaView doc={doc} schema={body} />
        </div>
      )}
      <div>
        <Title order={3} size="h5">
          {t('apidocs.responses')}
        </Title>
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
      </div>
    </Stack>
  );
}
