import type { PageTable } from '../strings.js';

/** The reopen control's name in Romanian. */
const table: PageTable = {
  reopen: { label: 'Setări cookie-uri' },
};
export default table;
