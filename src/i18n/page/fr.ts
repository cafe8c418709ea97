import type { PageTable } from '../strings.js';

/** The reopen control's name in French. */
const table: PageTable = {
  reopen: { label: 'Gérer mes cookies' },
};
export default table;
