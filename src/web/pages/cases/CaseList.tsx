import { Anchor, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { caseKinds, caseStatuses, type CaseSummary } from '../../../meetings/contract';
import { ChoiceFilter, DataTable, ListPage, pageOf, type Column } from '../../kit';
import { CASE_PAGE_SIZE, useCases, type CaseFilter } from './queries';
import { CaseStatusBadge, OverdueBadge, useCaseWords } from './shared';

/** The cases the person may see, newest year first (the server sorts and pages). */
export function CaseList() {
  const { t } = useTranslation();
  const words = useCaseWords();
  const [f, setF] = useCaseFilter();
  const filter = setF;
  const q = useCases(f);
  const field = (k: string) => t(`cases.fields.${k}`);
  const columns: Column<CaseSummary>[] = [
    {
      id: 'registrationNumber',
      header: field('registrationNumber'),
      rowHeader: true,
      sortValue: (c) => `${c.year}-${c.series}-${String(c.number).padStart(6, '0')}`,
      cell: (c) => (
        <Anchor component={Link} to={`/cases/${c.id}`} style={{ whiteSpace: 'nowrap' }}>
          {c.registrationNumber}
        </Anchor>
      ),
    },
    { id: 'title', header: field('title'), sortValue: (c) => c.title, cell: (c) => c.title },
    {
      id: 'kind',
      header: field('kind'),
      sortValue: (c) => c.kind,
      cell: (c) => (
        <Stack gap={4} align="flex-start">
          <span>{words.kind(c.kind)}</span>
          <OverdueBadge c={c} />
        </Stack>
      ),
    },
    {
      id: 'status',
      header: field('status'),
      sortValue: (c) => c.status,
      cell: (c) => <CaseStatusBadge status={c.status} />,
    },
    {
      id: 'officer',
      header: field('officer'),
      sortValue: (c) => c.officer?.name,
      cell: (c) => c.officer?.name ?? t('cases.noOfficer'),
    },
    {
      id: 'organisation',
      header: field('organisation'),
      sortValue: (c) => c.organisationName,
      cell: (c) => c.organisationName,
    },
  ];
  const page = Math.max(1, Number(f.page) || 1);
  const pages = Math.max(1, Math.ceil((q.data?.total ?? 0) / CASE_PAGE_SIZE));
  const filtered = Boolean(f.q || f.status || f.kind || f.series || f.year || f.overdue);
  return (
    <ListPage
      title={t('cases.title')}
      description={t('cases.intro')}
      actions={[{ label: t('cases.new'), to: '/cases/new', can: q.data?.abilities.create }]}
      search={{ label: t('cases.searchLabel'), value: f.q, onChange: (v) => filter('q', v) }}
      filters={
        <>
          <ChoiceFilter
            label={field('status')}
            value={f.status}
            onChange={(v) => filter('status', v)}
            all={t('cases.allStatuses')}
            choices={caseStatuses.map((s) => ({ value: s, label: words.status(s) }))}
            width={180}
          />
          <ChoiceFilter
            label={field('kind')}
            value={f.kind}
            onChange={(v) => filter('kind', v)}
            all={t('cases.allKinds')}
            choices={caseKinds.map((k) => ({ value: k, label: words.kind(k) }))}
            width={230}
          />
          <TextInput
            label={field('series')}
            maxLength={20}
            value={f.series}
            onChange={(e) => filter('series', e.currentTarget.value.toUpperCase().replace(/\s/g, ''))}
            style={{ flex: '0 1 110px' }}
          />
          <TextInput
            label={field('year')}
            inputMode="numeric"
            maxLength={4}
            value={f.year}
            onChange={(e) => filter('year', e.currentTarget.value.replace(/\D/g, ''))}
            style={{ flex: '0 1 110px' }}
          />
          <Checkbox
            label={t('cases.overdueOnly')}
            checked={f.overdue === 'true'}
            onChange={(e) => filter('overdue', e.currentTarget.checked ? 'true' : '')}
            mb={8}
          />
        </>
      }
    >
      <DataTable
        caption={t('cases.tableCaption')}
        columns={columns}
        {...pageOf(q)}
        rowKey={(c) => c.id}
        pageSize={CASE_PAGE_SIZE}
        empty={filtered ? t('cases.noMatches') : t('cases.empty')}
      />
      {pages > 1 && (
        <Group component="nav" aria-label={t('kit.paging', { caption: t('cases.tableCaption') })} gap="sm" mt="sm">
          <Button variant="default" size="xs" disabled={page <= 1} onClick={() => setF('page', String(page - 1))}>
            {t('kit.previousPage')}
          </Button>
          <Text size="sm" aria-live="polite">
            {t('kit.page', { page, pages })}
          </Text>
          <Button variant="default" size="xs" disabled={page >= pages} onClick={() => setF('page', String(page + 1))}>
            {t('kit.nextPage')}
          </Button>
        </Group>
      )}
    </ListPage>
  );
}

const FILTER_KEYS = ['q', 'status', 'kind', 'series', 'year', 'overdue', 'page'] as const;

/**
 * The list's filters kept in the address (back/forward and shared links keep them); changing any
 * filter but the page goes back to the first page, in the same update.
 */
function useCaseFilter() {
  const [params, setParams] = useSearchParams();
  const f = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as unknown as CaseFilter;
  const set = (key: keyof CaseFilter, value: string) =>
    setParams(
      () => {
        // The address as it is now: a debounced search must not undo a filter chosen meanwhile.
        const next = new URLSearchParams(window.location.search);
        if (value === '') next.delete(key);
        else next.set(key, value);
        if (key !== 'page') next.delete('page');
        return next;
      },
      { replace: true },
    );
  return [f, set] as const;
}
