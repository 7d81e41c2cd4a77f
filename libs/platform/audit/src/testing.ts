// Internals for tests and benchmarks only (`@muster/platform-audit/testing`): the fast
// path of verification (fast-verify/) and the plain reader it must equal, so that the
// differential test and the bench can hold them side by side. Lint refuses this entry
// point to libraries and apps.
export { readStoredEvents, STORED_EVENT_COLUMNS, StoredEventReader } from './fast-verify/stored-event-reader';
export { readStoredEventRows, StoredEventRow } from './stored-event-rows';
export { verifyAuditChainPlainly } from './verify-chain';
