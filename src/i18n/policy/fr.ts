import { policyFr } from '../policy-fr.js';

export default policyFr;
