/**
 * Every kind of content the site knows, written once. Collections, URLs, redirects, the content
 * check, `npm run new`, the search types, the nav, the fallback link lists and the tests' page
 * tables all derive from this table; nothing else may restate a folder, prefix or anchor.
 *
 * Kept free of imports so plain Node scripts (the CLI, the bench) can read it too.
 */

/** How a type's entries become pages. */
type Route =
  /** Each entry has its own page at `<path><id>/`. */
  | { kind: 'entries'; path: string }
  /** The one entry is the page at `path`. */
  | { kind: 'single'; path: string }
  /** Entries are anchors `#<id>` on the overview page at `path`. */
  | { kind: 'anchors'; path: string }
  /** Each entry is a free-standing page at `/<id>/`. */
  | { kind: 'free' }
  /**
   * Each entry, `<type folder>/<id>/<major>-<minor>`, is an earlier version of another type's
   * entry, at that entry's page plus `version/<major>-<minor>/`.
   */
  | { kind: 'versions' };

/** What the site knows about one kind of content. */
export interface ContentType {
  /** The folder under content/. */
  folder: string;
  /** The file types the folder holds. */
  extensions: readonly ('md' | 'mdx' | 'yaml')[];
  /** Where the entries are published; none for data that only figures show. */
  route?: Route;
  /** The Danish word for one entry and for the overview of all of them; `neuter` for et-words. */
  name: { one: string; many: string; neuter?: boolean };
  /** The type's slug in the search page's URL and its label in results. */
  search?: { slug: string; label: string };
  /** Section ids every page of the type has, whatever its body says, by role. */
  anchors: Readonly<Record<string, string>>;
  /** The Danish word editors give `npm run new`. */
  newKind?: string;
  /** Place in the main menu, with a label where the overview's name does not fit. */
  nav?: { order: number; label?: string };
  /**
   * The file type of the plain text of each entry's document, kept beside the entry as
   * `<id>.<type>` for the quotation check; never published.
   */
  documentText?: 'txt';
  /**
   * True when the type's pages belong to the field kit that readers may save for use without a
   * network (/offline/): what practitioners need in the field, never the whole site.
   */
  fieldKit?: true;
}

const MARKDOWN = ['md', 'mdx'] as const;
const YAML = ['yaml'] as const;

/** The id of the sources section that closes every article. */
export const SOURCES_ANCHOR = 'kilder';

/** The id of the box of what the sources do not tell, on every page that has one. */
export const GAPS_ANCHOR = 'ikke-oplyst-i-kilderne';

/** Ids every article shares: its sources close the page. */
const ARTICLE = { sources: SOURCES_ANCHOR } as const;
/** Ids of the parts citable pages add. */
const CITABLE = { cite: 'citer', changelog: 'aendringslog' } as const;

export const CONTENT_TYPES = {
  model: {
    folder: 'model',
    fieldKit: true,
    extensions: MARKDOWN,
    route: { kind: 'single', path: '/model/' },
    name: { one: 'Model', many: 'Modeller' },
    search: { slug: 'model', label: 'Model' },
    anchors: {
      targetGroup: 'maalgruppe',
      principles: 'principper',
      partnership: 'partnerskabet',
      theory: 'forandringsteori',
      phases: 'faser',
      dimensions: 'fem-dimensioner',
      // The model always names what the sources leave out.
      gaps: GAPS_ANCHOR,
      ...ARTICLE,
    },
    nav: { order: 1, label: 'Modellen' },
  },
  phases: {
    folder: 'phases',
    fieldKit: true,
    extensions: MARKDOWN,
    route: { kind: 'entries', path: '/faser/' },
    name: { one: 'Fase', many: 'Faser' },
    search: { slug: 'fase', label: 'Fase' },
    anchors: {
      purpose: 'formaal',
      activities: 'aktiviteter',
      outputs: 'leverancer',
      methods: 'metoder',
      guides: 'vejledninger',
      ...ARTICLE,
    },
    newKind: 'fase',
    nav: { order: 2 },
  },
  findings: {
    folder: 'findings',
    fieldKit: true,
    extensions: MARKDOWN,
    route: { kind: 'entries', path: '/resultater/' },
    name: { one: 'Resultat', many: 'Resultater', neuter: true },
    search: { slug: 'resultat', label: 'Resultat' },
    anchors: {
      statement: 'udsagn',
      context: 'kontekst',
      mechanism: 'mekanisme',
      outcome: 'resultat',
      basis: 'kildegrundlag',
      ...CITABLE,
      ...ARTICLE,
    },
    newKind: 'resultat',
    nav: { order: 3 },
  },
  guides: {
    folder: 'guides',
    fieldKit: true,
    extensions: MARKDOWN,
    route: { kind: 'entries', path: '/vejledninger/' },
    name: { one: 'Vejledning', many: 'Vejledninger' },
    search: { slug: 'vejledning', label: 'Vejledning' },
    anchors: {
      purpose: 'formaal',
      prerequisites: 'forudsaetninger',
      roles: 'roller',
      steps: 'trin',
      checklist: 'tjekliste',
      pitfalls: 'faldgruber',
      related: 'relateret',
      changelog: CITABLE.changelog,
      ...ARTICLE,
    },
    newKind: 'vejledning',
    nav: { order: 4 },
  },
  methods: {
    folder: 'methods',
    fieldKit: true,
    extensions: MARKDOWN,
    route: { kind: 'entries', path: '/metoder/' },
    name: { one: 'Metode', many: 'Metoder' },
    search: { slug: 'metode', label: 'Metode' },
    anchors: { ...ARTICLE },
    newKind: 'metode',
    nav: { order: 5 },
  },
  sources: {
    folder: 'sources',
    extensions: MARKDOWN,
    route: { kind: 'entries', path: '/kilder/' },
    name: { one: 'Kilde', many: 'Kilder' },
    search: { slug: 'kilde', label: 'Kilde' },
    anchors: { cite: CITABLE.cite, ...ARTICLE },
    newKind: 'kilde',
    nav: { order: 6 },
    documentText: 'txt',
  },
  glossary: {
    folder: 'glossary',
    fieldKit: true,
    extensions: YAML,
    route: { kind: 'anchors', path: '/ordliste/' },
    name: { one: 'Ord', many: 'Ordliste', neuter: true },
    search: { slug: 'ordliste', label: 'Ordliste' },
    anchors: {},
    newKind: 'ord',
    nav: { order: 7 },
  },
  pages: {
    folder: 'pages',
    extensions: MARKDOWN,
    route: { kind: 'free' },
    name: { one: 'Side', many: 'Sider' },
    search: { slug: 'side', label: 'Side' },
    anchors: { ...ARTICLE },
    newKind: 'side',
  },
  theoryOfChange: {
    folder: 'theory-of-change',
    fieldKit: true,
    extensions: YAML,
    route: { kind: 'entries', path: '/model/' },
    name: { one: 'Forandringsteori', many: 'Forandringsteorier' },
    anchors: { ...ARTICLE },
  },
  sequences: {
    folder: 'sequences',
    extensions: YAML,
    name: { one: 'Forløb', many: 'Forløb', neuter: true },
    anchors: {},
  },
  versions: {
    // Earlier versions of versioned entries, one file each at `<type folder>/<id>/<major>-<minor>.md`,
    // kept as they were published; each has its page under its entry's address.
    folder: 'versions',
    extensions: ['md'],
    route: { kind: 'versions' },
    name: { one: 'Version', many: 'Versioner' },
    anchors: {},
  },
  origins: {
    folder: 'origins',
    extensions: YAML,
    name: { one: 'Oprindelse', many: 'Oprindelser' },
    anchors: {},
    newKind: 'oprindelse',
  },
} as const satisfies Record<string, ContentType>;

/** The name of a collection, such as `findings`. */
export type CollectionName = keyof typeof CONTENT_TYPES;

/** A collection whose entries each get a page of their own under a fixed prefix. */
export type EntryCollection = {
  [C in CollectionName]: (typeof CONTENT_TYPES)[C] extends { route: { kind: 'entries' } }
    ? C
    : never;
}[CollectionName];

/** A type's search slug, such as `resultat`. */
export type SearchType = {
  [C in CollectionName]: (typeof CONTENT_TYPES)[C] extends { search: { slug: infer S } }
    ? S
    : never;
}[CollectionName];

/** Every collection name, in the registry's order. */
export const COLLECTIONS = Object.keys(CONTENT_TYPES) as CollectionName[];

/** One entry of the registry as the general shape, for code that loops over all types. */
export function contentType(name: CollectionName): ContentType {
  return CONTENT_TYPES[name];
}
