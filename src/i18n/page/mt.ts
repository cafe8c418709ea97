import type { PageTable } from '../strings.js';

/** The reopen control's name in Maltese. */
const table: PageTable = {
  reopen: { label: 'Settings tal-cookies' },
};
export default table;
