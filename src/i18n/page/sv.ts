import type { PageTable } from '../strings.js';

/** The reopen control's name in Swedish. */
const table: PageTable = {
  reopen: { label: 'Inställningar för kakor' },
};
export default table;
