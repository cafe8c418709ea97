import type { PlaceholderTable } from '../strings.js';

/** The texts of a blocked embed's placeholder in Greek. */
const table: PlaceholderTable = {
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
