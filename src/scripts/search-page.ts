import { excerptParts } from '../lib/excerpt.ts';
import { SEARCH_META } from '../lib/search-meta.ts';
import {
  displayQuery,
  FILTER_PARAMS,
  hasSearch,
  MAX_QUERY_LENGTH,
  readSearchState,
  searchHref,
  searchTerms,
  type SearchState,
} from '../lib/search-state.ts';
import type { SearchText } from '../lib/search-text.ts';

/** The part of Pagefind's JS API this page uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string }[];
}
interface Pagefind {
  options(options: object): Promise<void>;
  search(
    term: string | null,
    options: { filters: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
const SHOWN_RESULTS = 20;
const FIRST_RESULTS = 1;
/** The rest load a few at a time, so a newer search never waits behind a long queue of loads. */
const REST_BATCH = 5;
const TYPING_DELAY_MS = 250;

/**
 * User Timing marks for each search, read by the benchmark and visible in any browser's profiler:
 * they split a search into our code's time and Pagefind's. Nothing is sent anywhere.
 */
const MARKS = {
  start: 'fb-search:start',
  engine: 'fb-search:engine',
  data: 'fb-search:data',
  shown: 'fb-search:shown',
} as const;

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind's script, WASM and index the first time a search starts, never before. */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(
    async (module) => {
      // The build's stamp (written by src/cli/field-kit.ts) gives Pagefind's metadata one address
      // per build, so the saved field kit can answer it without a network.
      const stamp = document.querySelector<HTMLElement>('[data-kit-stamp]')?.dataset['kitStamp'];
      await module.options({
        ...(stamp ? { metaCacheTag: stamp } : {}),
        excerptLength: 24,
        ranking: {
          // Long pages are the substantial ones here, so their length is penalised less than Pagefind's default.
          pageLength: 0.3,
          // A page's own keyword counts as much as a word in its title, Pagefind's default for titles.
          metaWeights: { [SEARCH_META.keywords]: 5 },
        },
      });
      return module;
    },
  );
  return pagefind;
}

/** Resolves once the browser has painted what is in the DOM now (in a hidden tab: once it is shown). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

/** The search page: Pagefind behind a form whose query and filters live in the URL. */
class SiteSearch extends HTMLElement {
  #form!: HTMLFormElement;
  #status!: HTMLElement;
  #results!: HTMLOListElement;
  #help!: HTMLElement;
  #text!: SearchText;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #generation = 0;

  connectedCallback(): void {
    this.#text = JSON.parse(this.dataset['text'] ?? '{}') as SearchText;
    this.#form = this.querySelector('form')!;
    this.#status = this.querySelector('[data-search-status]')!;
    this.#results = this.querySelector('[data-search-results]')!;
    this.#help = this.querySelector('[data-search-help]')!;
    document.querySelector<HTMLElement>('[data-search-nojs]')?.setAttribute('hidden', '');
    this.#form.hidden = false;

    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#commit('push');
    });
    this.#form.addEventListener('change', (event) => {
      if ((event.target as HTMLElement).matches('select')) this.#commit('push');
    });
    this.#query().addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#commit('replace'), TYPING_DELAY_MS);
    });
    window.addEventListener('popstate', () => this.#restore());
    this.#restore();
  }

  #query(): HTMLInputElement {
    return this.#form.elements.namedItem('q') as HTMLInputElement;
  }

  #select(name: string): HTMLSelectElement {
    return this.#form.elements.namedItem(name) as HTMLSelectElement;
  }

  /** Reads the form, writes it to the URL and searches. */
  #commit(mode: 'push' | 'replace'): void {
    performance.mark(MARKS.start);
    clearTimeout(this.#timer);
    const state: SearchState = { q: this.#query().value.slice(0, MAX_QUERY_LENGTH), filters: {} };
    for (const name of FILTER_PARAMS) {
      const value = this.#select(name).value;
      if (value) state.filters[name] = value;
    }
    const href = searchHref(state);
    if (href !== `${location.pathname}${location.search}`)
      history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', href);
    void this.#search(state);
  }

  /** Puts the URL's search back into the form and runs it: on load and on back/forward. */
  #restore(): void {
    const state = readSearchState(new URLSearchParams(location.search));
    this.#query().value = state.q;
    for (const name of FILTER_PARAMS) {
      const select = this.#select(name);
      const wanted = state.filters[name] ?? '';
      select.value = [...select.options].some((option) => option.value === wanted) ? wanted : '';
    }
    void this.#search(state);
  }

  async #search(state: SearchState): Promise<void> {
    const generation = ++this.#generation;
    if (!hasSearch(state)) {
      this.#show('', [], false);
      return;
    }
    this.#status.textContent = this.#text.searching;
    try {
      const engine = await loadPagefind();
      const filters = Object.fromEntries(
        Object.entries(state.filters).filter(([, value]) => value),
      ) as Record<string, string>;
      performance.mark(MARKS.engine);
      const found = await engine.search(searchTerms(state.q) || null, { filters });
      if (generation !== this.#generation) return;
      const results = (found?.results ?? []).slice(0, SHOWN_RESULTS);
      // The first result is shown and painted before anything else is loaded.
      const first = await Promise.all(
        results.slice(0, FIRST_RESULTS).map((result) => result.data()),
      );
      if (generation !== this.#generation) return;
      performance.mark(MARKS.data);
      this.#show(this.#countText(state, found?.results.length ?? 0), first, results.length === 0);
      performance.mark(MARKS.shown);
      if (results.length <= FIRST_RESULTS) return;
      this.#results.setAttribute('aria-busy', 'true');
      await afterPaint();
      for (let start = FIRST_RESULTS; start < results.length; start += REST_BATCH) {
        if (generation !== this.#generation) return;
        const batch = await Promise.all(
          results.slice(start, start + REST_BATCH).map((result) => result.data()),
        );
        if (generation !== this.#generation) return;
        this.#results.append(...batch.map((result) => this.#item(result)));
      }
      this.#results.removeAttribute('aria-busy');
    } catch {
      if (generation !== this.#generation) return;
      this.#show(this.#text.failed, [], true);
    }
  }

  #countText(state: SearchState, count: number): string {
    const text = this.#text;
    const query = displayQuery(state.q);
    if (!query)
      return count === 0
        ? text.noneFiltered
        : `${count} ${count === 1 ? text.filteredOne : text.filteredMany}`;
    if (count === 0) return `${text.none} »${query}«.`;
    return `${count} ${count === 1 ? text.resultOne : text.resultMany} »${query}«`;
  }

  /** Replaces the status and the list; a list that is shown anew is not busy. */
  #show(status: string, results: PagefindResultData[], needsHelp: boolean): void {
    this.#status.textContent = status;
    this.#results.removeAttribute('aria-busy');
    this.#help.hidden = !needsHelp;
    this.#results.replaceChildren(...results.map((result) => this.#item(result)));
  }

  #item(result: PagefindResultData): HTMLLIElement {
    const item = element('li', 'fb-result');
    const heading = element('h2', 'fb-result__title');
    const title = result.meta['title'] ?? result.url;
    const link = element('a', '', title);
    link.href = result.url;
    heading.append(link);
    // The line under the title: the type, the origin when it is not the site's own, the phase.
    const meta = element('p', 'fb-result__meta', result.meta[SEARCH_META.type]);
    const origin = result.meta[SEARCH_META.origin];
    if (origin) meta.append(' · ', element('span', 'fb-origin', origin));
    const phases = (result.filters['fase'] ?? [])
      .map(
        (slug) =>
          this.#select('fase').querySelector(`option[value="${CSS.escape(slug)}"]`)?.textContent ??
          slug,
      )
      // A phase's own page has the phase as its title; it is not named twice.
      .filter((phase) => phase !== title);
    if (phases.length > 0)
      meta.append(
        ` · ${phases.length === 1 ? this.#text.phaseOne : this.#text.phaseMany}: ${phases.join(', ')}`,
      );
    const excerpt = element('p', 'fb-result__excerpt');
    for (const part of excerptParts(result.excerpt))
      excerpt.append(
        part.marked ? element('mark', '', part.text) : document.createTextNode(part.text),
      );
    item.append(heading, meta, excerpt);
    const subs = result.sub_results
      .filter((sub) => sub.url !== result.url && sub.url.includes('#'))
      .slice(0, 3);
    if (subs.length > 0) {
      const list = element('ul', 'fb-result__subs');
      for (const sub of subs) {
        const subLink = element('a', '', sub.title);
        subLink.href = sub.url;
        const li = element('li', '');
        li.append(subLink);
        list.append(li);
      }
      item.append(list);
    }
    return item;
  }
}

customElements.define('fb-search', SiteSearch);
