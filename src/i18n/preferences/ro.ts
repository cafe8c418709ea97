import type { PreferencesTable } from '../strings.js';

/** The preferences dialog in Romanian: its texts and each category's description. */
const table: PreferencesTable = {
  preferences: {
    title: 'Setări cookie-uri',
    description: 'Activați doar ce acceptați. Alegerea dvs. se păstrează 13 luni și o puteți schimba oricând.',
    close: 'Închide fără a salva',
    accept: 'Acceptă tot',
    reject: 'Refuză tot',
    save: 'Salvează opțiunile',
    alwaysOn: 'Mereu active',
    services: 'Servicii și cookie-uri',
    provider: 'Furnizor:',
    purpose: 'Scop:',
    lifetime: 'durată:',
    location: 'Locația datelor:',
    privacy: 'Politica de confidențialitate',
    session: 'până la închiderea browserului',
  },
  categories: {
    necessary: 'Necesare pentru funcționarea site-ului și pentru memorarea alegerii dvs. Nu necesită consimțământul dvs.',
    analytics: 'Ne ajută să înțelegem cum este folosit site-ul, pentru a-l îmbunătăți.',
    marketing: 'Ne permit nouă și partenerilor noștri să afișăm reclame potrivite intereselor dvs. și să le măsurăm eficiența.',
    functional: 'Activează funcții ale terților, precum videoclipuri, hărți sau chat.',
  },
};
export default table;
