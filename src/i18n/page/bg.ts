import type { PageTable } from '../strings.js';

/** The reopen control's name in Bulgarian. */
const table: PageTable = {
  reopen: { label: 'Настройки за бисквитки' },
};
export default table;
