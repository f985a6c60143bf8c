import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BodySource, CompiledBody } from './compile-body.ts';

const WORKER = new URL('./mdx-worker.ts', import.meta.url);

/**
 * Below this much text (in characters) the main thread is done first. Compiling takes about
 * 0.4 ms per 1,000 characters; a worker first spends about 0.4 s starting, loading the compiler
 * and warming it up, so two workers only win once the text would take about a second.
 */
export const MIN_TEXT_FOR_WORKERS = 2_500_000;

/**
 * How many worker threads pay off for this much body text on this machine: none for a small
 * site or a single core, else one per core.
 * @example workerCount(9_000_000, 2) // 2
 */
export function workerCount(characters: number, cores = availableParallelism()): number {
  return characters < MIN_TEXT_FOR_WORKERS || cores < 2 ? 0 : cores;
}

function inWorker(sources: readonly BodySource[]): Promise<[string, CompiledBody][]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: sources });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`MDX-tjekket stoppede med kode ${code}`));
    });
  });
}

/**
 * Compiles every body, spread over worker threads when there are enough of them to pay for the
 * threads' start-up; the compiler is synchronous work, so only threads run it in parallel.
 * @param threads worker threads to use; by default as many as pay off on this machine
 */
export async function compileBodies(
  sources: readonly BodySource[],
  threads = workerCount(sources.reduce((sum, { body }) => sum + body.length, 0)),
): Promise<Map<string, CompiledBody>> {
  if (threads < 1) {
    // Loaded here, so a run that uses workers does not load the compiler on this thread too.
    const { compileBody } = await import('./compile-body.ts');
    const results = new Map<string, CompiledBody>();
    for (const { file, body, format } of sources) {
      results.set(file, await compileBody(body, format));
    }
    return results;
  }
  // Dealt round-robin, so long and short files are spread evenly.
  const shares = Array.from({ length: threads }, (_, share) =>
    sources.filter((_source, index) => index % threads === share),
  );
  return new Map((await Promise.all(shares.map(inWorker))).flat());
}
