import type { PageTable } from '../strings.js';

/** The reopen control's name in Polish. */
const table: PageTable = {
  reopen: { label: 'Ustawienia plików cookie' },
};
export default table;
