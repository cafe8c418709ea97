import type { BannerTable } from '../strings.js';

/** The banner in Hungarian: its texts and each category's short title. */
const table: BannerTable = {
  banner: {
    title: 'Az Ön döntése a sütikről',
    description: 'Az Ön hozzájárulásával mi és partnereink sütiket használunk a következőkre:',
    withdraw: 'Az elutasítás nem akadályozza meg a webhely használatát, és döntését bármikor megváltoztathatja.',
    policy: 'Adatvédelmi tájékoztató',
    gpc: 'Böngészője Global Privacy Control jelzést küld. Ezt tiszteletben tartjuk, ezért ezek elutasítva maradnak, hacsak Ön be nem kapcsolja őket:',
    changed: 'Adatvédelmi tájékoztatónk megváltozott az Ön legutóbbi döntése óta: kérjük, mondja el újra, mihez járul hozzá.',
    controller: 'Adatkezelő: ',
    accept: 'Összes elfogadása',
    reject: 'Összes elutasítása',
    customize: 'Beállítások',
    close: 'Folytatás elfogadás nélkül',
    saved: 'Döntését elmentettük.',
  },
  categories: {
    necessary: 'Feltétlenül szükséges',
    analytics: 'Statisztika',
    marketing: 'Hirdetések',
    functional: 'Funkciók',
  },
};
export default table;
