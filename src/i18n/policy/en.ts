import { policyEn } from '../policy-en.js';

export default policyEn;
