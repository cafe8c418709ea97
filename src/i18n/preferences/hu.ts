import type { PreferencesTable } from '../strings.js';

/** The preferences dialog in Hungarian: its texts and each category's description. */
const table: PreferencesTable = {
  preferences: {
    title: 'Sütibeállítások',
    description: 'Csak azt kapcsolja be, amihez hozzájárul. Döntését 13 hónapig őrizzük, és bármikor módosíthatja.',
    close: 'Bezárás mentés nélkül',
    accept: 'Összes elfogadása',
    reject: 'Összes elutasítása',
    save: 'Döntésem mentése',
    alwaysOn: 'Mindig aktív',
    services: 'Szolgáltatások és sütik',
    provider: 'Szolgáltató:',
    purpose: 'Cél:',
    lifetime: 'időtartam:',
    location: 'Adatok helye:',
    privacy: 'Adatvédelmi tájékoztató',
    session: 'a böngésző bezárásáig',
  },
  categories: {
    necessary: 'A webhely működéséhez és döntése megjegyzéséhez szükségesek. Nem igényelnek hozzájárulást.',
    analytics: 'Segítenek megérteni, hogyan használják a webhelyet, hogy fejleszthessük.',
    marketing: 'Lehetővé teszik, hogy mi és partnereink az érdeklődésének megfelelő hirdetéseket jelenítsünk meg, és mérjük hatásukat.',
    functional: 'Harmadik felek funkcióit kapcsolják be, például videókat, térképeket vagy csevegést.',
  },
};
export default table;
