import type { PlaceholderTable } from '../strings.js';

/** The texts of a blocked embed's placeholder in Lithuanian. */
const table: PlaceholderTable = {
  placeholder: {
    text: '{n} užblokuotas: reikia jūsų sutikimo kategorijai „{c}“.',
    button: 'Leisti „{c}“',
    service: '{s} ({p}) užblokuotas, kol neleisite.',
    allowOnce: 'Leisti vieną kartą',
    allowAlways: 'Leisti visada',
    loads: 'Rodant įkeliamas turinys iš {p}, kuris gali įrašyti slapukus ir rinkti duomenis apie jūsų naršymą.',
    once: '„Leisti kartą“: tik šiam puslapiui, niekas neišsaugoma.',
  },
};
export default table;
