import type { PageTable } from '../strings.js';

/** The reopen control and the embed placeholder in Bulgarian. */
const table: PageTable = {
  reopen: { label: 'Настройки за бисквитки' },
  placeholder: {
    text: '{n} е блокирано: нужно е Вашето съгласие за „{c}“.',
    button: 'Разрешаване на „{c}“',
    service: '{s} от {p} е блокирано, докато не го разрешите.',
    allowOnce: 'Разрешаване веднъж',
    allowAlways: 'Разрешаване винаги',
  },
};
export default table;
