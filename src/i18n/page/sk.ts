import type { PageTable } from '../strings.js';

/** The reopen control's name in Slovak. */
const table: PageTable = {
  reopen: { label: 'Nastavenia cookies' },
};
export default table;
