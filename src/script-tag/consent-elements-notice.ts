/**
 * The development-time config notice (`dist/consent-elements-notice.js`): imported by the core
 * only on a development host or with `data-debug`, when the config has a problem or names
 * catalogue services to check. Production pages never download it.
 */
export { configNotice } from '../integrations/config-notice.js';
