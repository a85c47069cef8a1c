/**
 * Run the local Kolada and SCB on their own (a closed network, a test machine, the benchmark):
 *
 *   npx tsx src/statistics/sources/serve.ts                 demo data (Jämtland, marked as demo)
 *   npx tsx src/statistics/sources/serve.ts --synthetic 50x290x10   synthetic Kolada of that size
 *
 * Prints one JSON line {"kolada": "<base URL>", "scb": "<base URL>"} on stdout, then serves until
 * stdin closes or the process is told to stop.
 */
import { startFakeKolada } from './fake-kolada.js';
import { startFakeScb } from './fake-scb.js';
import { demoKoladaStore, demoScbTables } from './demo.js';
import { syntheticStore } from './synthetic.js';

const at = process.argv.indexOf('--synthetic');
const size = at > 0 ? process.argv[at + 1]?.match(/^(\d+)x(\d+)x(\d+)$/) : null;
if (at > 0 && !size) {
  process.stderr.write('--synthetic wants KPIsxMUNICIPALITIESxYEARS, e.g. 50x290x10\n');
  process.exit(2);
}
const store = size
  ? syntheticStore({ kpis: Number(size[1]), municipalities: Number(size[2]), years: Number(size[3]) })
  : demoKoladaStore();

const kolada = await startFakeKolada({ store });
const scb = await startFakeScb({ tables: demoScbTables() });
process.stdout.write(`${JSON.stringify({ kolada: kolada.baseUrl, scb: scb.baseUrl })}\n`);

const stop = async () => {
  await Promise.all([kolada.close(), scb.close()]);
  process.exit(0);
};
process.stdin.on('end', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
