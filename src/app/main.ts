import { loadConfig } from '../platform/config.js';
import { prepare } from './start.js';
import { DEMO_PASSWORD, demoPeople } from './demo/county.js';

const started = Date.now();
let config;
try {
  config = loadConfig();
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
const running = await prepare(config);
await running.app.listen({ port: config.PORT, host: config.HOST });
// Mail, reminders and other durable jobs (src/platform/jobs): stopped by running.close().
running.jobs.start();
const addr = running.app.server.address();
const port = typeof addr === 'object' && addr ? addr.port : config.PORT;
const db = running.services.database.kind === 'postgres' ? 'PostgreSQL' : `PGlite (${config.DATA_DIR})`;
console.log(`\nSamsyn is running at http://localhost:${port}  (database: ${db}, ready in ${Date.now() - started} ms)`);
console.log(`API docs: http://localhost:${port}/api/docs`);
if (config.DEMO_DATA) {
  console.log(
    `Demo login: ${demoPeople[0].email} / ${DEMO_PASSWORD}  (also samordnare@, medlem@, lasare@samsyn.example)`,
  );
}
const stop = async () => {
  await running.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
