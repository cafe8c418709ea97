import type { PageTable } from '../strings.js';

/** The reopen control's name in German. */
const table: PageTable = {
  reopen: { label: 'Cookie-Einstellungen' },
};
export default table;
