import type { PlaceholderTable } from '../strings.js';

/** The texts of a blocked embed's placeholder in Estonian. */
const table: PlaceholderTable = {
  placeholder: {
    text: '{n} on blokeeritud: selleks on vaja teie nõusolekut kategooriale „{c}”.',
    button: 'Luba „{c}”',
    service: '{s} ({p}) on blokeeritud, kuni te selle lubate.',
    allowOnce: 'Luba üks kord',
    allowAlways: 'Luba alati',
    loads: 'Kuvamine laadib sisu teenusepakkujalt {p}, kes võib salvestada küpsiseid ja koguda andmeid teie sirvimise kohta.',
    once: '„Luba üks kord“: ainult sellel lehel, midagi ei salvestata.',
  },
};
export default table;
