import type { PageTable } from '../strings.js';

/** The reopen control's name in Lithuanian. */
const table: PageTable = {
  reopen: { label: 'Slapukų nustatymai' },
};
export default table;
