import type { BannerTable } from '../strings.js';

/** The banner in Estonian: its texts and each category's short title. */
const table: BannerTable = {
  banner: {
    title: 'Teie küpsiste valikud',
    description: 'Teie nõusolekul kasutame meie ja meie partnerid küpsiseid järgmiseks:',
    withdraw: 'Keeldumine ei takista teil saiti kasutamast ja saate oma otsust igal ajal muuta.',
    policy: 'Privaatsuspoliitika',
    gpc: 'Teie brauser saadab signaali Global Privacy Control. Järgime seda, nii et need jäävad keelatuks, kui te neid ise sisse ei lülita:',
    changed: 'Meie privaatsuspoliitika on pärast teie viimast valikut muutunud: palun andke meile uuesti teada, millega nõustute.',
    controller: 'Vastutav töötleja: ',
    accept: 'Nõustu kõigiga',
    reject: 'Keeldu kõigist',
    customize: 'Seaded',
    close: 'Jätka nõustumata',
    saved: 'Teie valikud on salvestatud.',
  },
  categories: {
    necessary: 'Hädavajalikud',
    analytics: 'Statistika',
    marketing: 'Turundus',
    functional: 'Funktsionaalsus',
  },
};
export default table;
