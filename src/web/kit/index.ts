/** The web kit: every list, detail and edit page is built from these (see ARCHITECTURE.md, "web"). */
export { DataTable, PHONE, pageOf, type Column, type DataTableProps } from './DataTable';
export { ListPage } from './ListPage';
export { DetailPage, type RecordQuery } from './DetailPage';
export { PageActions, type PageAction } from './actions';
export { useSave, type Versioned } from './useSave';
export { StaleChanges, type StaleField } from './StaleChanges';
export { useEditForm } from './useEditForm';
export { useCreateForm } from './useCreateForm';
export {
  RecordForm,
  ChoiceField,
  ChoiceFilter,
  ContactFields,
  type Choice,
  type Form,
  type FormFrameProps,
  type RecordFormProps,
} from './RecordForm';
export { useRecordActions, ArchivedNotice, type ArchivableRecord } from './record';
export { errorTitle } from './errorTitle';
export { History, type HistoryProps } from './History';
export { Reveal, wrappingLabel } from './Reveal';
export { InlineForm, FormButtons } from './InlineForm';
export { FormDialog, useFormSave, staleFields, type FormSave } from './FormDialog';
export { fieldText, optionLabel } from './fieldText';
export { NoteField } from './NoteField';
export { SubmitForm } from './SubmitForm';
export { NewRecordPage } from './NewRecordPage';
export { RecordTabs, useTabParam, type RecordTab } from './RecordTabs';
export { RadioChoices } from './RadioChoices';
export { SearchSelect } from './SearchSelect';
export { col } from './columns';
export { RegisterList } from './RegisterList';
export { recordRoute, type RecordRouteHead } from './recordRoute';
export { columnSet, type ColumnSpec } from './columnSet';
export { CaptionedTable } from './CaptionedTable';
export { CreatePage, EditPage } from './RecordPages';
export { CountedListPage } from './CountedListPage';
export { SmallTable } from './SmallTable';
export { RecordLink } from './RecordLink';
export { WordBadge } from './WordBadge';
export {
  MayCreate,
  NotAllowed,
  NotAllowedNote,
  editRefusal,
  type CreateAbility,
  type NotAllowedReason,
} from './NotAllowed';
