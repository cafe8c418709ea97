import type { PlaceholderTable } from '../strings.js';

/** The texts of a blocked embed's placeholder in Polish. */
const table: PlaceholderTable = {
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
