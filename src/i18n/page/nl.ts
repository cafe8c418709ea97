import type { PageTable } from '../strings.js';

/** The reopen control's name in Dutch. */
const table: PageTable = {
  reopen: { label: 'Cookie-instellingen' },
};
export default table;
