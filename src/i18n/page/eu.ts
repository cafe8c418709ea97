import type { PageTable } from '../strings.js';

/** The reopen control's name in Basque. */
const table: PageTable = {
  reopen: { label: 'Cookie-ezarpenak' },
};
export default table;
