import type { PageTable } from '../strings.js';

/** The reopen control's name in Greek. */
const table: PageTable = {
  reopen: { label: 'Ρυθμίσεις cookies' },
};
export default table;
