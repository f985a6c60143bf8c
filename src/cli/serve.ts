// `npm run serve`: serves the built site in dist/ on http://localhost:4321/ the way production
// nginx does (redirects, 404 page, headers and media types from deploy/site-rules.conf).
// PORT sets the port (0 picks a free one); SITE_DIST serves another built folder than dist/.
import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { createSiteServer } from '../server/static-site.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const dist = resolve(process.env['SITE_DIST'] ?? 'dist');
const shown = dist.startsWith(process.cwd() + sep) ? relative(process.cwd(), dist) : dist;
const port = Number(process.env['PORT'] ?? 4321);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  fail(`PORT skal være et portnummer fra 0 til 65535, men er "${process.env['PORT']}".`);
}
if (!existsSync(join(dist, 'index.html'))) {
  fail(`Der er intet bygget websted i ${shown}/. Kør "npm run build" først (eller "npm start").`);
}

let server: ReturnType<typeof createSiteServer>;
try {
  server = createSiteServer(dist);
} catch (error) {
  // Rules the local server cannot follow (see src/server/site-rules.ts) stop it before it serves.
  fail(`Serverreglerne kunne ikke læses: ${error instanceof Error ? error.message : error}`);
}
server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') fail(`Port ${port} er optaget; vælg en anden, fx PORT=4322.`);
  fail(`Serveren kunne ikke starte: ${error.message}`);
});
// Only this machine can reach it, as a preview should be.
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`Webstedet kører på http://localhost:${actual}/ (fra ${shown}/; stop med Ctrl+C)`);
});
