import type { BannerTable } from '../strings.js';

/** The banner in Polish: its texts and each category's short title. */
const table: BannerTable = {
  banner: {
    title: 'Twoje wybory dotyczące plików cookie',
    description: 'Za Twoją zgodą my i nasi partnerzy używamy plików cookie do:',
    withdraw: 'Odmowa nie przeszkodzi Ci w korzystaniu ze strony, a swoją decyzję możesz zmienić w każdej chwili.',
    policy: 'Polityka prywatności',
    gpc: 'Twoja przeglądarka wysyła sygnał Global Privacy Control. Szanujemy go, więc te pliki pozostają odrzucone, chyba że sam je włączysz:',
    changed: 'Nasza polityka prywatności zmieniła się od Twojego ostatniego wyboru: powiedz nam ponownie, na co się zgadzasz.',
    controller: 'Administrator: ',
    accept: 'Akceptuj wszystkie',
    reject: 'Odrzuć wszystkie',
    customize: 'Ustawienia',
    close: 'Kontynuuj bez akceptacji',
    saved: 'Twoje wybory zostały zapisane.',
  },
  categories: {
    necessary: 'Niezbędne',
    analytics: 'Analityczne',
    marketing: 'Reklamowe',
    functional: 'Funkcjonalne',
  },
};
export default table;
