import type { PageTable } from '../strings.js';

/** The reopen control's name in Italian. */
const table: PageTable = {
  reopen: { label: 'Impostazioni cookie' },
};
export default table;
