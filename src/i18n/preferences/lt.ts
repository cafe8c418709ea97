import type { PreferencesTable } from '../strings.js';

/** The preferences dialog in Lithuanian: its texts and each category's description. */
const table: PreferencesTable = {
  preferences: {
    title: 'Slapukų nustatymai',
    description: 'Įjunkite tik tai, su kuo sutinkate. Jūsų pasirinkimas saugomas 13 mėnesių, ir galite jį bet kada pakeisti.',
    close: 'Uždaryti neišsaugojus',
    accept: 'Priimti visus',
    reject: 'Atmesti visus',
    save: 'Išsaugoti pasirinkimus',
    alwaysOn: 'Visada įjungti',
    services: 'Paslaugos ir slapukai',
    provider: 'Teikėjas:',
    purpose: 'Tikslas:',
    lifetime: 'galiojimas:',
    location: 'Duomenų vieta:',
    privacy: 'Privatumo politika',
    session: 'kol uždaroma naršyklė',
  },
  categories: {
    necessary: 'Reikalingi svetainės veikimui ir jūsų pasirinkimams įsiminti. Jiems nereikia jūsų sutikimo.',
    analytics: 'Padeda mums suprasti, kaip naudojamasi svetaine, kad galėtume ją tobulinti.',
    marketing: 'Leidžia mums ir mūsų partneriams rodyti jūsų interesus atitinkančias reklamas ir vertinti jų veiksmingumą.',
    functional: 'Įjungia trečiųjų šalių funkcijas, pavyzdžiui, vaizdo įrašus, žemėlapius ar pokalbius.',
  },
};
export default table;
