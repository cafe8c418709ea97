import type { PageTable } from '../strings.js';

/** The reopen control's name in Norwegian Bokmål. */
const table: PageTable = {
  reopen: { label: 'Innstillinger for informasjonskapsler' },
};
export default table;
