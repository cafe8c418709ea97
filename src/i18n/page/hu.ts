import type { PageTable } from '../strings.js';

/** The reopen control's name in Hungarian. */
const table: PageTable = {
  reopen: { label: 'Sütibeállítások' },
};
export default table;
