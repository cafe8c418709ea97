import type { PageTable } from '../strings.js';

/** The reopen control's name in Spanish. */
const table: PageTable = {
  reopen: { label: 'Configurar cookies' },
};
export default table;
