/** The edit history moved to the kit (src/web/kit/History.tsx); this name stays for the pages that import it. */
export { History as AuditHistory, type HistoryProps as AuditHistoryProps } from '../kit/History';
export { changedFields } from '../kit/historyFormat';
