import type { PageTable } from '../strings.js';

/** The reopen control's name in Latvian. */
const table: PageTable = {
  reopen: { label: 'Sīkdatņu iestatījumi' },
};
export default table;
