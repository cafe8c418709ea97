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
    loads: 'Wyświetlenie wczytuje treści od {p}, który może zapisywać pliki cookie i zbierać dane o Twoim przeglądaniu.',
    once: '„Zezwól raz”: tylko dla tej strony, nic nie jest zapisywane.',
  },
};
export default table;
