import { buildConsoleIfStale } from '../../web/scripts/build-if-stale.ts';

/**
 * Builds the console once, before any test file runs, when a source is newer than web/dist:
 * the browser tests and `npm start` (which the local-stack test runs) then find it fresh,
 * and no two files build it at the same time.
 */
export default function setup() {
  buildConsoleIfStale();
}
