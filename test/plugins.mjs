import { hardeningPlugins } from './hardening/server.mjs';
import { tagServerPlugin } from './server/tag-server-plugin.mjs';

/** Dev-server plugins for the tests: each one serves or answers something a test needs. */
export const testPlugins = [...hardeningPlugins, tagServerPlugin()];
