/** The web kit: every list, detail and edit page is built from these (see ARCHITECTURE.md, "web"). */
export { DataTable, PHONE, type Column, type DataTableProps } from './DataTable';
export { ListPage } from './ListPage';
export { DetailPage, type RecordQuery } from './DetailPage';
export { PageActions, type PageAction } from './actions';
export { useSave, type Versioned } from './useSave';
export { StaleChanges, type StaleField } from './StaleChanges';
export { useEditForm } from './useEditForm';
export { errorTitle } from './errorTitle';
export { History, type HistoryProps } from './History';
