import type { PageTable } from '../strings.js';

/** The reopen control's name in Catalan. */
const table: PageTable = {
  reopen: { label: 'Configuració de galetes' },
};
export default table;
