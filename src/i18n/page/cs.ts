import type { PageTable } from '../strings.js';

/** The reopen control's name in Czech. */
const table: PageTable = {
  reopen: { label: 'Nastavení cookies' },
};
export default table;
