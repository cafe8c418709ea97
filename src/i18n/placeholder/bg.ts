import type { PlaceholderTable } from '../strings.js';

/** The texts of a blocked embed's placeholder in Bulgarian. */
const table: PlaceholderTable = {
  placeholder: {
    text: '{n} е блокирано: нужно е Вашето съгласие за „{c}“.',
    button: 'Разрешаване на „{c}“',
    service: '{s} от {p} е блокирано, докато не го разрешите.',
    allowOnce: 'Разрешаване веднъж',
    allowAlways: 'Разрешаване винаги',
    loads: 'Показването зарежда съдържание от {p}, което може да поставя бисквитки и да събира данни за сърфирането ви.',
    once: '„Разреши веднъж“: само за тази страница, нищо не се запазва.',
  },
};
export default table;
