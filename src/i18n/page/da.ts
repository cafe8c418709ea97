import type { PageTable } from '../strings.js';

/** The reopen control's name in Danish. */
const table: PageTable = {
  reopen: { label: 'Cookieindstillinger' },
};
export default table;
