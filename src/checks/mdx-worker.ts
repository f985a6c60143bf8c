// A worker thread of compileBodies: compiles the bodies it is given and posts the results back.
import { parentPort, workerData } from 'node:worker_threads';
import { compileBody, type BodySource, type CompiledBody } from './compile-body.ts';

const results: [string, CompiledBody][] = [];
for (const { file, body, format } of workerData as BodySource[]) {
  results.push([file, await compileBody(body, format)]);
}
parentPort?.postMessage(results);
