import type { EasyLanguageChecker } from './easyLanguageTypes';
import { runEasyLanguageCheck } from './runEasyLanguageCheck';

/** Checks on the calling thread: for tests and environments without workers. */
export function createSyncEasyLanguageChecker(): EasyLanguageChecker {
  return { check: runEasyLanguageCheck, destroy: () => undefined };
}
