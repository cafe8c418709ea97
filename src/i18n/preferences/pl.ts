import type { PreferencesTable } from '../strings.js';

/** The preferences dialog in Polish: its texts and each category's description. */
const table: PreferencesTable = {
  preferences: {
    title: 'Ustawienia plików cookie',
    description: 'Włącz tylko to, na co się zgadzasz. Twój wybór jest przechowywany przez 13 miesięcy i możesz go zmienić w dowolnym momencie.',
    close: 'Zamknij bez zapisywania',
    accept: 'Akceptuj wszystkie',
    reject: 'Odrzuć wszystkie',
    save: 'Zapisz moje wybory',
    alwaysOn: 'Zawsze aktywne',
    services: 'Usługi i pliki cookie',
    provider: 'Dostawca:',
    purpose: 'Cel:',
    lifetime: 'okres przechowywania:',
    location: 'Lokalizacja danych:',
    privacy: 'Polityka prywatności',
    session: 'do zamknięcia przeglądarki',
  },
  categories: {
    necessary: 'Potrzebne do działania strony i zapamiętania Twoich wyborów. Nie wymagają Twojej zgody.',
    analytics: 'Pomagają nam zrozumieć, jak korzystasz ze strony, abyśmy mogli ją ulepszać.',
    marketing: 'Pozwalają nam i naszym partnerom wyświetlać reklamy dopasowane do Twoich zainteresowań i mierzyć ich skuteczność.',
    functional: 'Włączają funkcje zewnętrznych dostawców, takie jak filmy, mapy czy czat.',
  },
};
export default table;
