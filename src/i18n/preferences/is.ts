import type { PreferencesTable } from '../strings.js';

/** The preferences dialog in Icelandic: its texts and each category's description. */
const table: PreferencesTable = {
  preferences: {
    title: 'Stillingar vafrakaka',
    description: 'Kveiktu aðeins á því sem þú samþykkir. Val þitt er geymt í 13 mánuði og þú getur breytt því hvenær sem er.',
    close: 'Loka án þess að vista',
    accept: 'Samþykkja allar',
    reject: 'Hafna öllum',
    save: 'Vista valið',
    alwaysOn: 'Alltaf virkar',
    services: 'Þjónustur og vafrakökur',
    provider: 'Veitandi:',
    purpose: 'Tilgangur:',
    lifetime: 'gildistími:',
    location: 'Staðsetning gagna:',
    privacy: 'Persónuverndarstefna',
    session: 'þar til vafranum er lokað',
  },
  categories: {
    necessary: 'Nauðsynlegar til að vefurinn virki og til að muna val þitt. Þær þurfa ekki samþykki þitt.',
    analytics: 'Hjálpa okkur að skilja hvernig vefurinn er notaður svo við getum bætt hann.',
    marketing: 'Gera okkur og samstarfsaðilum okkar kleift að birta auglýsingar sem henta áhugamálum þínum og mæla árangur þeirra.',
    functional: 'Virkja eiginleika frá þriðju aðilum, svo sem myndbönd, kort eða spjall.',
  },
};
export default table;
