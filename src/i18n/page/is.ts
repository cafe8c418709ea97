import type { PageTable } from '../strings.js';

/** The reopen control and the embed placeholder in Icelandic. */
const table: PageTable = {
  reopen: { label: 'Stillingar vafrakaka' },
  placeholder: {
    text: '{n} er lokað: það krefst samþykkis þíns fyrir „{c}“.',
    button: 'Leyfa „{c}“',
    service: '{s} frá {p} er lokað þar til þú leyfir það.',
    allowOnce: 'Leyfa einu sinni',
    allowAlways: 'Leyfa alltaf',
  },
};
export default table;
