import type { PlaceholderTable } from '../strings.js';

/** The texts of a blocked embed's placeholder in Icelandic. */
const table: PlaceholderTable = {
  placeholder: {
    text: '{n} er lokað: það krefst samþykkis þíns fyrir „{c}“.',
    button: 'Leyfa „{c}“',
    service: '{s} frá {p} er lokað þar til þú leyfir það.',
    allowOnce: 'Leyfa einu sinni',
    allowAlways: 'Leyfa alltaf',
    loads: 'Birting þess hleður inn efni frá {p}, sem getur vistað vafrakökur og safnað gögnum um vafur þitt.',
    once: '„Leyfa einu sinni“: aðeins fyrir þessa síðu, ekkert er vistað.',
  },
};
export default table;
