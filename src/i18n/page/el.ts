import type { PageTable } from '../strings.js';

/** The reopen control and the embed placeholder in Greek. */
const table: PageTable = {
  reopen: { label: 'Ρυθμίσεις cookies' },
  placeholder: {
    text: 'Το {n} είναι αποκλεισμένο: χρειάζεται τη συγκατάθεσή σας για «{c}».',
    button: 'Να επιτρέπεται «{c}»',
    service: 'Το {s} του {p} είναι αποκλεισμένο μέχρι να το επιτρέψετε.',
    allowOnce: 'Να επιτραπεί μία φορά',
    allowAlways: 'Να επιτρέπεται πάντα',
    loads: 'Η εμφάνισή του φορτώνει περιεχόμενο από {p}, που μπορεί να τοποθετεί cookies και να συλλέγει δεδομένα για την περιήγησή σας.',
    once: '«Να επιτραπεί μία φορά»: μόνο για αυτή τη σελίδα, δεν αποθηκεύεται τίποτα.',
  },
};
export default table;
