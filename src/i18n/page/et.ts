import type { PageTable } from '../strings.js';

/** The reopen control's name in Estonian. */
const table: PageTable = {
  reopen: { label: 'Küpsiste seaded' },
};
export default table;
