import type { PreferencesTable } from '../strings.js';

/** The preferences dialog in Greek: its texts and each category's description. */
const table: PreferencesTable = {
  preferences: {
    title: 'Ρυθμίσεις cookies',
    description: 'Ενεργοποιήστε μόνο ό,τι αποδέχεστε. Η επιλογή σας διατηρείται 13 μήνες και μπορείτε να την αλλάξετε όποτε θέλετε.',
    close: 'Κλείσιμο χωρίς αποθήκευση',
    accept: 'Αποδοχή όλων',
    reject: 'Απόρριψη όλων',
    save: 'Αποθήκευση επιλογών',
    alwaysOn: 'Πάντα ενεργά',
    services: 'Υπηρεσίες και cookies',
    provider: 'Πάροχος:',
    purpose: 'Σκοπός:',
    lifetime: 'διάρκεια:',
    location: 'Τοποθεσία δεδομένων:',
    privacy: 'Πολιτική απορρήτου',
  },
  categories: {
    necessary: 'Απαιτούνται για τη λειτουργία του ιστότοπου και για την απομνημόνευση των επιλογών σας. Δεν χρειάζονται τη συγκατάθεσή σας.',
    analytics: 'Μας βοηθούν να καταλάβουμε πώς χρησιμοποιείται ο ιστότοπος, ώστε να τον βελτιώνουμε.',
    marketing: 'Επιτρέπουν σε εμάς και στους συνεργάτες μας να προβάλλουμε διαφημίσεις σύμφωνα με τα ενδιαφέροντά σας και να μετράμε την αποτελεσματικότητά τους.',
    functional: 'Ενεργοποιούν λειτουργίες τρίτων, όπως βίντεο, χάρτες ή συνομιλία.',
  },
};
export default table;
