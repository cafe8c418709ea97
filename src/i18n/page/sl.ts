import type { PageTable } from '../strings.js';

/** The reopen control's name in Slovenian. */
const table: PageTable = {
  reopen: { label: 'Nastavitve piškotkov' },
};
export default table;
