/**
 * The tag loader's on-demand chunk (`dist/consent-elements-tags.js`): placeholders for blocked
 * embeds, the clean-up after a withdrawal, the catalogue's embed addresses and the
 * development-time config notice, imported only by pages that need them.
 */
export { configNotice, identify, placeholder, removeDeclared } from '../integrations/tag-extras.js';
