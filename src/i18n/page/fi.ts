import type { PageTable } from '../strings.js';

/** The reopen control's name in Finnish. */
const table: PageTable = {
  reopen: { label: 'Evästeasetukset' },
};
export default table;
