import type { PageTable } from '../strings.js';

/** The reopen control and the embed placeholder in Polish. */
const table: PageTable = {
  reopen: { label: 'Ustawienia plików cookie' },
  placeholder: {
    text: '{n} jest zablokowany: wymaga Twojej zgody na „{c}”.',
    button: 'Zezwól na „{c}”',
    service: '{s} od {p} jest zablokowany, dopóki na to nie zezwolisz.',
    allowOnce: 'Zezwól jednorazowo',
    allowAlways: 'Zawsze zezwalaj',
  },
};
export default table;
