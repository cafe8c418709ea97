import type { BannerTable } from '../strings.js';

/** The banner in Romanian: its texts and each category's short title. */
const table: BannerTable = {
  banner: {
    title: 'Opțiunile dvs. privind cookie-urile',
    description: 'Cu consimțământul dvs., noi și partenerii noștri folosim cookie-uri pentru:',
    withdraw: 'Refuzul nu vă împiedică să folosiți site-ul și vă puteți răzgândi oricând.',
    policy: 'Politica de confidențialitate',
    gpc: 'Browserul dvs. trimite semnalul Global Privacy Control. Îl respectăm, așa că acestea rămân refuzate, dacă nu le activați chiar dvs.:',
    changed: 'Politica noastră de confidențialitate s-a schimbat de la ultima dvs. alegere: vă rugăm să ne spuneți din nou ce acceptați.',
    controller: 'Operator: ',
    accept: 'Acceptă tot',
    reject: 'Refuză tot',
    customize: 'Setări',
    close: 'Continuă fără a accepta',
    saved: 'Opțiunile dvs. au fost salvate.',
  },
  categories: {
    necessary: 'Strict necesare',
    analytics: 'Analiză',
    marketing: 'Publicitate',
    functional: 'Funcționalitate',
  },
};
export default table;
