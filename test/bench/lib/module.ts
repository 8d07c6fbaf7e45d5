import type { Report } from './report';

/**
 * One benchmark: `test/bench/index.ts` runs each in turn. Add a module by exporting one of these as default
 * from a file in test/bench/ and listing it in index.ts.
 */
export interface BenchModule {
  /** Short id for `npm run bench -- <id> …`, which runs only the modules named. */
  id: string;
  run(report: Report): void | Promise<void>;
}
