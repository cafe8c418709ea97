import type { PreferencesTable } from '../strings.js';

/** The preferences dialog in Bulgarian: its texts and each category's description. */
const table: PreferencesTable = {
  preferences: {
    title: 'Настройки за бисквитките',
    description: 'Включете само това, с което сте съгласни. Изборът Ви се пази 13 месеца и можете да го промените по всяко време.',
    close: 'Затваряне без запазване',
    accept: 'Приемам всички',
    reject: 'Отказвам всички',
    save: 'Запазване на избора ми',
    alwaysOn: 'Винаги активни',
    services: 'Услуги и бисквитки',
    provider: 'Доставчик:',
    purpose: 'Цел:',
    lifetime: 'срок:',
    location: 'Местоположение на данните:',
    privacy: 'Политика за поверителност',
    session: 'до затваряне на браузъра',
  },
  categories: {
    necessary: 'Нужни са за работата на сайта и за запомняне на избора Ви. Не изискват Вашето съгласие.',
    analytics: 'Помагат ни да разберем как се използва сайтът, за да го подобрим.',
    marketing: 'Позволяват на нас и на партньорите ни да показваме реклами според интересите Ви и да измерваме ефекта им.',
    functional: 'Включват функции на трети страни, като видеоклипове, карти или чат.',
  },
};
export default table;
