import type { PageTable } from '../strings.js';

/** The reopen control's name in Croatian. */
const table: PageTable = {
  reopen: { label: 'Postavke kolačića' },
};
export default table;
