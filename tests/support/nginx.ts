import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, requireDist } from './dist.ts';

export const NGINX = '/usr/sbin/nginx';

/** A running nginx serving a copy of dist/ on a loopback port. */
export interface StaticServer {
  origin: string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('ingen port'))));
    });
  });
}

/** The server rules shared with production; only `listen` and `root` differ in the test wrapper. */
export const SITE_RULES = join(import.meta.dirname, '..', '..', 'deploy', 'site-rules.conf');

/** The Content-Security-Policy header, read from the shared rules so tests never drift from them. */
export const CONTENT_SECURITY_POLICY = /add_header Content-Security-Policy "([^"]+)"/.exec(readFileSync(SITE_RULES, 'utf8'))?.[1] ?? '';

/** How the test server differs from a normal deployment. */
export interface ServerOptions {
  /** Leave dist/pagefind out, as if the index had not been deployed. */
  withoutSearchIndex?: boolean;
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
 * Starts Debian's nginx with its own prefix, config, error log and pid in a temp folder,
 * serving a world-readable copy of dist/ (nginx workers cannot read a checkout under /root).
 */
export async function startNginx(options: ServerOptions = {}): Promise<StaticServer> {
  requireDist();
  if (!existsSync(NGINX)) throw new Error(`nginx mangler (${NGINX}); kør: apt-get install -y nginx-light`);
  const prefix = mkdtempSync(join(tmpdir(), 'fb-nginx-'));
  // mkdtemp makes the folder private to root; the unprivileged workers must be able to enter it.
  chmodSync(prefix, 0o755);
  const root = join(prefix, 'site');
  cpSync(DIST, root, { recursive: true });
  if (options.withoutSearchIndex) rmSync(join(root, 'pagefind'), { recursive: true, force: true });
  const port = await freePort();
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, config(root, port, prefix));
  const child: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', conf, '-e', join(prefix, 'error.log'), '-g', 'daemon off;'], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    const status = await fetch(`${origin}/`).then((response) => response.status, () => 0);
    if (status === 200) break;
    if (attempt > 50 || child.exitCode !== null) {
      child.kill('SIGQUIT');
      const log = existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8').slice(-2000) : '';
      throw new Error(`nginx svarede ikke med 200 på / (sidste status ${status}): ${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin,
    stop: async () => {
      child.kill('SIGQUIT');
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
