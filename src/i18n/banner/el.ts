import type { BannerTable } from '../strings.js';

/** The banner in Greek: its texts and each category's short title. */
const table: BannerTable = {
  banner: {
    title: 'Οι επιλογές σας για τα cookies',
    description: 'Με τη συγκατάθεσή σας, εμείς και οι συνεργάτες μας χρησιμοποιούμε cookies για:',
    withdraw: 'Η άρνηση δεν σας εμποδίζει να χρησιμοποιήσετε τον ιστότοπο και μπορείτε να αλλάξετε γνώμη οποιαδήποτε στιγμή.',
    policy: 'Πολιτική απορρήτου',
    gpc: 'Το πρόγραμμα περιήγησής σας στέλνει το σήμα Global Privacy Control. Το σεβόμαστε, οπότε αυτά παραμένουν απορριφθέντα, εκτός αν τα ενεργοποιήσετε εσείς:',
    changed: 'Η πολιτική απορρήτου μας άλλαξε από την τελευταία σας επιλογή: πείτε μας ξανά τι αποδέχεστε.',
    controller: 'Υπεύθυνος επεξεργασίας: ',
    accept: 'Αποδοχή όλων',
    reject: 'Απόρριψη όλων',
    customize: 'Ρυθμίσεις',
    close: 'Συνέχεια χωρίς αποδοχή',
    saved: 'Οι επιλογές σας αποθηκεύτηκαν.',
  },
  categories: {
    necessary: 'Απολύτως απαραίτητα',
    analytics: 'Στατιστικά',
    marketing: 'Διαφήμιση',
    functional: 'Λειτουργικότητα',
  },
};
export default table;
