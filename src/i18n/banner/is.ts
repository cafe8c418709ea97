import type { BannerTable } from '../strings.js';

/** The banner in Icelandic: its texts and each category's short title. */
const table: BannerTable = {
  banner: {
    title: 'Val þitt um vafrakökur',
    description: 'Með samþykki þínu notum við og samstarfsaðilar okkar vafrakökur til:',
    withdraw: 'Þú getur áfram notað vefinn þótt þú hafnir, og þú getur skipt um skoðun hvenær sem er.',
    policy: 'Persónuverndarstefna',
    gpc: 'Vafrinn þinn sendir merkið Global Privacy Control. Við virðum það, svo þessum er áfram hafnað nema þú kveikir á þeim:',
    changed: 'Persónuverndarstefna okkar hefur breyst frá síðasta vali þínu: segðu okkur aftur hvað þú samþykkir.',
    controller: 'Ábyrgðaraðili: ',
    accept: 'Samþykkja allar',
    reject: 'Hafna öllum',
    customize: 'Stillingar',
    close: 'Halda áfram án samþykkis',
    saved: 'Val þitt hefur verið vistað.',
  },
  categories: {
    necessary: 'Nauðsynlegar',
    analytics: 'Tölfræði',
    marketing: 'Markaðssetning',
    functional: 'Virkni',
  },
};
export default table;
