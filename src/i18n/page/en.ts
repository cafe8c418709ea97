import type { PageTable } from '../strings.js';

/** The reopen control's name in English. */
const table: PageTable = {
  reopen: { label: 'Cookie settings' },
};
export default table;
