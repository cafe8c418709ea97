import type { PageTable } from '../strings.js';

/** The reopen control's name in Irish. */
const table: PageTable = {
  reopen: { label: 'Socruithe fianán' },
};
export default table;
