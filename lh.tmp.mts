import { startServer, DIST } from './tests/support/server';
const server = await startServer({ root: DIST });
console.log(server.url('/search/?q=care+leavers'));
await new Promise((r) => setTimeout(r, 30 * 60_000));
