import type { PageTable } from '../strings.js';

/** The reopen control's name in Galician. */
const table: PageTable = {
  reopen: { label: 'Configuración de cookies' },
};
export default table;
