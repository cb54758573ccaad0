/*
 * What the main process and the preload share. No imports on purpose: the preload is bundled alone and runs
 * sandboxed, where it can require nothing but `electron` (so not zod, hence not the contract itself).
 */

/** Channels of the one IPC bridge. */
export const INVOKE_CHANNEL = 'voisinage:invoke';
export const EVENT_CHANNEL = 'voisinage:event';

/**
 * The contract's method names reach the preload's allow-list as one renderer argument
 * (`webPreferences.additionalArguments`, readable in a sandboxed preload as `process.argv`).
 */
export const METHODS_ARGUMENT = '--voisinage-methods=';

const METHOD_NAME = /^[A-Za-z][A-Za-z0-9_.-]*$/;

export function methodsArgument(methodNames: readonly string[]): string {
  const bad = methodNames.find((name) => !METHOD_NAME.test(name));
  if (bad !== undefined) throw new Error(`Invalid method name for the preload allow-list: ${bad}`);
  return METHODS_ARGUMENT + methodNames.join(',');
}

/** The allow-list found in argv; empty (every call refused) when the argument is missing. */
export function methodsFromArgv(argv: readonly string[]): string[] {
  const argument = argv.find((arg) => arg.startsWith(METHODS_ARGUMENT));
  if (!argument) return [];
  return argument
    .slice(METHODS_ARGUMENT.length)
    .split(',')
    .filter((name) => METHOD_NAME.test(name));
}
