import type { PreferencesTable } from '../strings.js';

/** The preferences dialog in Maltese: its texts and each category's description. */
const table: PreferencesTable = {
  preferences: {
    title: 'Settings tal-cookies',
    description: 'Ixgħel biss dak li taqbel miegħu. L-għażla tiegħek tinżamm għal 13-il xahar u tista’ tibdilha meta trid.',
    close: 'Agħlaq mingħajr ma ssalva',
    accept: 'Aċċetta kollox',
    reject: 'Irrifjuta kollox',
    save: 'Issalva l-għażliet tiegħi',
    alwaysOn: 'Dejjem attivi',
    services: 'Servizzi u cookies',
    provider: 'Fornitur:',
    purpose: 'Skop:',
    lifetime: 'tul:',
    location: 'Post tad-data:',
    privacy: 'Politika tal-privatezza',
    session: 'sakemm jingħalaq il-browser',
  },
  categories: {
    necessary: 'Meħtieġa biex is-sit jaħdem u biex niftakru l-għażliet tiegħek. Ma jeħtiġux il-kunsens tiegħek.',
    analytics: 'Jgħinuna nifhmu kif jintuża s-sit, biex intejbuh.',
    marketing: 'Jippermettu lilna u lis-sħab tagħna nuru reklami li jaqblu mal-interessi tiegħek u nkejlu kemm jaħdmu.',
    functional: 'Jixegħlu funzjonijiet ta’ partijiet terzi bħal vidjows, mapep jew chat.',
  },
};
export default table;
