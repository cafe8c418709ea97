import type { PlaceholderTable } from '../strings.js';

/** The texts of a blocked embed's placeholder in Hungarian. */
const table: PlaceholderTable = {
  placeholder: {
    text: '{n} le van tiltva: ehhez hozzájárulás szükséges a következőhöz: „{c}”.',
    button: '„{c}” engedélyezése',
    service: '{s} ({p}) le van tiltva, amíg nem engedélyezi.',
    allowOnce: 'Engedélyezés egyszer',
    allowAlways: 'Engedélyezés mindig',
    loads: 'A megjelenítés tartalmat tölt be innen: {p}, amely sütiket helyezhet el és adatokat gyűjthet a böngészéséről.',
    once: '„Engedélyezés egyszer”: csak erre az oldalra, semmit sem tárolunk.',
  },
};
export default table;
