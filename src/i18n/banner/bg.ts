import type { BannerTable } from '../strings.js';

/** The banner in Bulgarian: its texts and each category's short title. */
const table: BannerTable = {
  banner: {
    title: 'Вашият избор за бисквитките',
    description: 'С Вашето съгласие ние и нашите партньори използваме бисквитки за:',
    withdraw: 'Отказът не Ви пречи да използвате сайта и можете да промените решението си по всяко време.',
    policy: 'Политика за поверителност',
    gpc: 'Браузърът Ви изпраща сигнала Global Privacy Control. Спазваме го, затова тези остават отказани, освен ако сами не ги включите:',
    changed: 'Политиката ни за поверителност се промени след последния Ви избор: моля, кажете ни отново какво приемате.',
    controller: 'Администратор: ',
    accept: 'Приемам всички',
    reject: 'Отказвам всички',
    customize: 'Настройки',
    close: 'Продължаване без приемане',
    saved: 'Изборът Ви е запазен.',
  },
  categories: {
    necessary: 'Задължителни',
    analytics: 'Аналитични',
    marketing: 'Рекламни',
    functional: 'Функционални',
  },
};
export default table;
