// The field kit's service worker. Only the buttons on /offline/ register it, when a reader asks
// to save the kit; no other page does. It is kept small enough to read in one sitting:
// - save(): downloads every file on the kit's list (/offline/kit.json) into a cache of its own and
//   makes that copy current only when every file is in, so a saved copy is never half-updated;
// - pages: from the network (waiting at most a few seconds), else the saved copy with a notice, else
//   the saved page that lists what is saved;
// - other files: from the network, else the saved copy (Pagefind's from the kit's own index);
// - while online, it compares the kit's stamp now and then and saves a new build in the background.
// Its texts, paths and the stamp come from kit.json, which the build writes (src/cli/field-kit.ts).

const KIT_LIST = '/offline/kit.json';
const PREFIX = 'fb-felt-';
const META = 'fb-felt-meta';
// The one entry of the META cache, at a fixed address the page (src/scripts/field-kit.ts) reads too.
const META_KEY = '/offline/fb-felt-meta';
const WAIT_FOR_NETWORK_MS = 4000;
const CHECK_EVERY_MS = 10 * 60 * 1000;
let lastCheck = 0;

/** The saved copy's record: its stamp, when it was saved and the kit's texts and paths. */
async function readMeta() {
  const response = await (await caches.open(META)).match(META_KEY);
  return response ? response.json() : null;
}

async function writeMeta(meta) {
  const body = JSON.stringify(meta);
  await (
    await caches.open(META)
  ).put(META_KEY, new Response(body, { headers: { 'Content-Type': 'application/json' } }));
}

/** Saves the newest kit, unless it is the one already saved; all files or none. */
async function save() {
  const response = await fetch(KIT_LIST, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${KIT_LIST}: ${response.status}`);
  const kit = await response.json();
  const meta = await readMeta();
  if (meta && meta.stamp === kit.stamp) return meta;
  const name = PREFIX + kit.stamp;
  try {
    // addAll stores nothing unless every request succeeds.
    await (
      await caches.open(name)
    ).addAll(kit.urls.map((url) => new Request(url, { cache: 'no-store' })));
  } catch (error) {
    await caches.delete(name);
    throw error;
  }
  const saved = {
    ...kit.worker,
    stamp: kit.stamp,
    savedAt: new Date().toISOString(),
    announce: meta !== null,
  };
  await writeMeta(saved);
  for (const key of await caches.keys()) {
    if (key.startsWith(PREFIX) && key !== name && key !== META) await caches.delete(key);
  }
  return saved;
}

/** The saved copy, when there is one. */
async function current() {
  const meta = await readMeta();
  return meta ? { meta, cache: await caches.open(PREFIX + meta.stamp) } : null;
}

/** A date as Danish readers write it: 25. november 2026. */
function danishDate(iso) {
  return new Intl.DateTimeFormat('da-DK', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(iso));
}

/** A page with a short notice at the top of its main content; the text is the kit's own. */
async function withNotice(response, text) {
  const escaped = text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
  );
  const html = (await response.text()).replace(
    /(<main\b[^>]*>)/,
    `$1<p class="fb-kit-notice" role="status">${escaped}</p>`,
  );
  const headers = new Headers(response.headers);
  headers.delete('Content-Length');
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
}

/** Tells the reader once, on the next page they open, that the saved copy was renewed. */
async function announced(response, saved) {
  if (!saved?.meta.announce || !response.ok) return response;
  await writeMeta({ ...saved.meta, announce: false });
  return withNotice(
    response,
    saved.meta.texts.refreshed.replace('{date}', danishDate(saved.meta.savedAt)),
  );
}

async function page(event, url) {
  const saved = await current();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), WAIT_FOR_NETWORK_MS);
  try {
    const response = await fetch(event.request, { signal: controller.signal });
    if (saved && Date.now() - lastCheck > CHECK_EVERY_MS) {
      lastCheck = Date.now();
      event.waitUntil(save().catch(() => undefined));
    }
    return await announced(response, saved);
  } catch {
    if (!saved) return Response.error();
    const cached =
      (await saved.cache.match(url.pathname, { ignoreSearch: true })) ??
      (await saved.cache.match(saved.meta.fallback));
    if (!cached) return Response.error();
    const offline = await withNotice(
      cached,
      saved.meta.texts.offline.replace('{date}', danishDate(saved.meta.savedAt)),
    );
    return announced(offline, saved);
  } finally {
    clearTimeout(timer);
  }
}

async function file(request, url) {
  try {
    return await fetch(request);
  } catch {
    const saved = await current();
    if (!saved) return Response.error();
    // Saved search uses the kit's own index, which holds only the saved pages.
    const { from, to } = saved.meta.search;
    const path = url.pathname.startsWith(from)
      ? to + url.pathname.slice(from.length)
      : url.pathname;
    return (await saved.cache.match(path, { ignoreSearch: true })) ?? Response.error();
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(save().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('message', (event) => {
  if (event.data?.type !== 'save') return;
  event.waitUntil(
    save().then(
      (meta) => event.source?.postMessage({ type: 'saved', savedAt: meta.savedAt }),
      () => event.source?.postMessage({ type: 'failed' }),
    ),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname === '/sw.js')
    return;
  event.respondWith(request.mode === 'navigate' ? page(event, url) : file(request, url));
});
