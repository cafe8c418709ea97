import type { PageTable } from '../strings.js';

/** The reopen control's name in Icelandic. */
const table: PageTable = {
  reopen: { label: 'Stillingar vafrakaka' },
};
export default table;
