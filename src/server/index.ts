/**
 * `consent-elements/server`: the proof-of-consent records server (Node only; never imported
 * by a browser entry). See docs/server.md.
 */
export { createConsentServer, type ConsentServer, type ConsentServerOptions } from './server.js';
export { describeUserAgent, parseRecord, validateRecord, RecordError, REASONS, type StoredRecord, type ValidRecord } from './record.js';
export { MissingDependencyError } from './db.js';
