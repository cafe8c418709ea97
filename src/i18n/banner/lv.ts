import type { BannerTable } from '../strings.js';

/** The banner in Latvian: its texts and each category's short title. */
const table: BannerTable = {
  banner: {
    title: 'Jūsu sīkdatņu izvēle',
    description: 'Ar jūsu piekrišanu mēs un mūsu partneri izmantojam sīkdatnes šādiem nolūkiem:',
    withdraw: 'Atteikums netraucē jums izmantot vietni, un savu izvēli varat mainīt jebkurā laikā.',
    policy: 'Privātuma politika',
    gpc: 'Jūsu pārlūks sūta signālu Global Privacy Control. Mēs to ievērojam, tāpēc šīs paliek noraidītas, ja vien jūs tās neieslēdzat paši:',
    changed: 'Kopš jūsu pēdējās izvēles mūsu privātuma politika ir mainījusies: lūdzu, norādiet vēlreiz, kam piekrītat.',
    controller: 'Pārzinis: ',
    accept: 'Pieņemt visas',
    reject: 'Noraidīt visas',
    customize: 'Iestatījumi',
    close: 'Turpināt bez piekrišanas',
    saved: 'Jūsu izvēle ir saglabāta.',
  },
  categories: {
    necessary: 'Noteikti nepieciešamās',
    analytics: 'Statistikas',
    marketing: 'Mārketinga',
    functional: 'Funkcionālās',
  },
};
export default table;
