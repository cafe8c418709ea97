import type { PageTable } from '../strings.js';

/** The reopen control's name in Portuguese. */
const table: PageTable = {
  reopen: { label: 'Definições de cookies' },
};
export default table;
