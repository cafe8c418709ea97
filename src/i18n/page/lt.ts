import type { PageTable } from '../strings.js';

/** The reopen control and the embed placeholder in Lithuanian. */
const table: PageTable = {
  reopen: { label: 'Slapukų nustatymai' },
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
