/** Dev-server plugins for the tests: each one serves or answers something a test needs. */
export const testPlugins = [];
