import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface PagedTable {
  state: { pagination: { pageIndex: number } };
  getPageCount(): number;
  getCanPreviousPage(): boolean;
  getCanNextPage(): boolean;
  previousPage(): void;
  nextPage(): void;
}

/** Previous / next with the page named in words; a nav landmark named after the table. */
export function Pager({ table, caption }: { table: PagedTable; caption: string }) {
  const { t } = useTranslation();
  const page = table.state.pagination.pageIndex + 1;
  return (
    <Group component="nav" aria-label={t('kit.paging', { caption })} gap="sm" mt="sm" wrap="wrap">
      <Button variant="default" size="xs" disabled={!table.getCanPreviousPage()} onClick={() => table.previousPage()}>
        {t('kit.previousPage')}
      </Button>
      <Text size="sm" aria-live="polite">
        {t('kit.page', { page, pages: table.getPageCount() })}
      </Text>
      <Button variant="default" size="xs" disabled={!table.getCanNextPage()} onClick={() => table.nextPage()}>
        {t('kit.nextPage')}
      </Button>
    </Group>
  );
}
