import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DIST, requireDist } from './dist.ts';

export const NGINX = '/usr/sbin/nginx';

/** A running nginx serving the built site on a loopback port. */
export interface StaticServer {
  origin: string;
  /** The folder served: dist/ itself, or the server's own copy of it. */
  root: string;
  stop: () => Promise<void>;
}

/** Why nginx cannot be started here, in Danish; empty when it can. */
export function nginxMissing(): string {
  return existsSync(NGINX) ? '' : `nginx mangler (${NGINX}); kør: apt-get install -y nginx-light`;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('ingen ledig port')),
      );
    });
  });
}

/** The server rules shared with production; only `listen` and `root` differ in the test wrapper. */
export const SITE_RULES = join(import.meta.dirname, '..', '..', 'deploy', 'site-rules.conf');

/** How the test server differs from a normal deployment. */
export interface ServerOptions {
  /** Leave dist/pagefind out, as if the index had not been deployed. */
  withoutSearchIndex?: boolean;
  /** Serve a copy of dist/ that the test may change, as a new deployment would. */
  ownCopy?: boolean;
}

function config(root: string, port: number, prefix: string): string {
  return `worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    include ${SITE_RULES};
  }
}
`;
}

/**
 * Whether nginx's workers can read dist/ where it lies. Started as root, nginx runs its workers
 * as nobody, who cannot enter a checkout under a private home such as /root.
 */
function workersCanRead(dir: string): boolean {
  if (process.getuid?.() !== 0) return true;
  for (let folder = dir; ; folder = dirname(folder)) {
    if ((statSync(folder).mode & 0o001) === 0) return false;
    if (folder === dirname(folder)) break;
  }
  return [dir, join(dir, 'index.html')].every((path) => (statSync(path).mode & 0o004) !== 0);
}

/**
 * Starts Debian's nginx with its own prefix, config, error log and pid in a temp folder. It serves
 * dist/ in place; it copies dist/ only to leave the search index out, or when its workers could
 * not read it in place.
 */
export async function startNginx(options: ServerOptions = {}): Promise<StaticServer> {
  requireDist();
  const missing = nginxMissing();
  if (missing) throw new Error(missing);
  const prefix = mkdtempSync(join(tmpdir(), 'fb-nginx-'));
  // mkdtemp makes the folder private to its owner; the unprivileged workers must enter it.
  chmodSync(prefix, 0o755);
  let root = DIST;
  if (options.withoutSearchIndex || options.ownCopy || !workersCanRead(DIST)) {
    root = join(prefix, 'site');
    // Dereferenced, so a dist/ that is a symlink is copied and never emptied through the link.
    cpSync(DIST, root, { recursive: true, dereference: true });
    if (options.withoutSearchIndex)
      rmSync(join(root, 'pagefind'), { recursive: true, force: true });
  }
  const port = await freePort();
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, config(root, port, prefix));
  const child: ChildProcess = spawn(
    NGINX,
    ['-p', prefix, '-c', conf, '-e', join(prefix, 'error.log'), '-g', 'daemon off;'],
    { stdio: 'ignore' },
  );
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    const status = await fetch(`${origin}/`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) break;
    if (attempt > 50 || child.exitCode !== null) {
      child.kill('SIGQUIT');
      const logFile = join(prefix, 'error.log');
      const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-2000) : '';
      throw new Error(`nginx svarede ikke med 200 på / (sidste status ${status}): ${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin,
    root,
    stop: async () => {
      child.kill('SIGQUIT');
      const exited = child.exitCode !== null || child.signalCode !== null;
      if (!exited) await new Promise((resolve) => child.once('exit', resolve));
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
