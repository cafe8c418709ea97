import type { PreferencesTable } from '../strings.js';

/** The preferences dialog in Estonian: its texts and each category's description. */
const table: PreferencesTable = {
  preferences: {
    title: 'Küpsiste seaded',
    description: 'Lülitage sisse ainult see, millega nõustute. Teie valikut säilitatakse 13 kuud ja saate seda igal ajal muuta.',
    close: 'Sulge salvestamata',
    accept: 'Nõustu kõigiga',
    reject: 'Keeldu kõigist',
    save: 'Salvesta minu valikud',
    alwaysOn: 'Alati sees',
    services: 'Teenused ja küpsised',
    provider: 'Teenusepakkuja:',
    purpose: 'Eesmärk:',
    lifetime: 'kehtivus:',
    location: 'Andmete asukoht:',
    privacy: 'Privaatsuspoliitika',
    session: 'kuni brauseri sulgemiseni',
  },
  categories: {
    necessary: 'Vajalikud saidi toimimiseks ja teie valikute meelespidamiseks. Need ei vaja teie nõusolekut.',
    analytics: 'Aitavad meil mõista, kuidas saiti kasutatakse, et seda paremaks teha.',
    marketing: 'Võimaldavad meil ja meie partneritel näidata teie huvidele vastavaid reklaame ja mõõta nende tõhusust.',
    functional: 'Lülitavad sisse kolmandate osapoolte funktsioonid, nagu videod, kaardid või vestlus.',
  },
};
export default table;
