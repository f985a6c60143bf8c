// <fb-field-kit> on /offline/: its two buttons save the field kit for use without a network (by
// registering the service worker, whose install saves every file) or remove it again. The
// messages come from the page; nothing here runs on any other page.
const WORKER = '/sw.js';
const PREFIX = 'fb-felt-';
// Where public/sw.js keeps the saved copy's record.
const META_KEY = '/offline/fb-felt-meta';

/** The date the saved copy was made, as Danish readers write it, or undefined when none is saved. */
async function savedDate(): Promise<string | undefined> {
  // Read without opening the cache, which would create it on a visit that saves nothing.
  const meta = await caches.match(META_KEY, { cacheName: `${PREFIX}meta` });
  if (!meta) return undefined;
  const { savedAt } = (await meta.json()) as { savedAt: string };
  return new Intl.DateTimeFormat('da-DK', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(savedAt));
}

/** Resolves when a newly registered worker has saved the kit and taken over, or rejects. */
function installed(registration: ServiceWorkerRegistration): Promise<void> {
  const worker = registration.installing ?? registration.waiting ?? registration.active;
  if (!worker) return Promise.reject(new Error('no worker'));
  if (worker.state === 'activated') return Promise.resolve();
  return new Promise((resolve, reject) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve();
      if (worker.state === 'redundant') reject(new Error('install failed'));
    });
  });
}

/** Asks a running worker to save the newest kit now. */
function saveAgain(worker: ServiceWorker): Promise<void> {
  return new Promise((resolve, reject) => {
    const answer = (event: MessageEvent<{ type: string }>) => {
      navigator.serviceWorker.removeEventListener('message', answer);
      if (event.data.type === 'saved') resolve();
      else reject(new Error('save failed'));
    };
    navigator.serviceWorker.addEventListener('message', answer);
    worker.postMessage({ type: 'save' });
  });
}

class FieldKit extends HTMLElement {
  connectedCallback(): void {
    const save = this.querySelector<HTMLButtonElement>('[data-kit-save]');
    const remove = this.querySelector<HTMLButtonElement>('[data-kit-remove]');
    const status = this.querySelector<HTMLElement>('[data-kit-status]');
    if (!save || !remove || !status) return;
    const say = (key: string, date = '') => {
      status.textContent = (this.dataset[key] ?? '').replace('{date}', date);
    };
    if (!('serviceWorker' in navigator) || !('caches' in window)) {
      say('unsupported');
      return;
    }
    save.hidden = false;
    remove.hidden = false;
    const show = async () => {
      const date = await savedDate();
      if (date) say('done', date);
      else say('none');
    };
    void show();
    save.addEventListener('click', async () => {
      save.disabled = true;
      say('saving');
      try {
        const existing = await navigator.serviceWorker.getRegistration('/');
        if (existing?.active) await saveAgain(existing.active);
        else await installed(await navigator.serviceWorker.register(WORKER, { scope: '/' }));
        await show();
      } catch {
        say('failed');
      } finally {
        save.disabled = false;
      }
    });
    remove.addEventListener('click', async () => {
      for (const registration of await navigator.serviceWorker.getRegistrations()) {
        await registration.unregister();
      }
      for (const key of await caches.keys()) {
        if (key.startsWith(PREFIX)) await caches.delete(key);
      }
      say('removed');
    });
  }
}

customElements.define('fb-field-kit', FieldKit);

// A module of its own, so its names never meet the service worker's (public/sw.js).
export {};
