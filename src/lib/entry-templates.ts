/** The kinds of entry `npm run new` can create, by the Danish word editors use, with their folder. */
export const ENTRY_KINDS = {
  resultat: { folder: 'findings', extension: 'mdx' },
  vejledning: { folder: 'guides', extension: 'mdx' },
  metode: { folder: 'methods', extension: 'mdx' },
  kilde: { folder: 'sources', extension: 'mdx' },
  fase: { folder: 'phases', extension: 'mdx' },
  side: { folder: 'pages', extension: 'mdx' },
  ord: { folder: 'glossary', extension: 'yaml' },
} as const;

/** One of the kinds `npm run new` knows. */
export type EntryKind = keyof typeof ENTRY_KINDS;

/** What a template needs besides the title. */
export interface TemplateContext {
  title: string;
  /** Today, as YYYY-MM-DD. */
  today: string;
  /** The next free finding id, such as F09. */
  nextFindingId: string;
}

const AUDIENCE_HELP = '# en eller flere af: kommune, praktiker, ministerium-og-forskning';
const SOURCE_HELP = '# filnavnet på en kilde i content/sources/, fx kk-procesbilag-misbrugsomraadet-2014';

function base(title: string, today: string): string {
  return [
    `title: ${JSON.stringify(title)}`,
    'summary: "UDFYLD: en eller to sætninger, der vises under titlen og i lister"',
    `audiences: [kommune] ${AUDIENCE_HELP}`,
    'sources:',
    `  - source: case-effektive-forandringer ${SOURCE_HELP}`,
    '    locator: "UDFYLD: hvor i kilden, fx et afsnit"',
    `updated: ${today}`,
  ].join('\n');
}

function versioned(today: string): string {
  return [`published: ${today}`, 'version: "1.0"', 'changelog:', `  - date: ${today}`, '    note: Første udgave.'].join('\n');
}

const BODY = '\n## Om siden\n\nUDFYLD: skriv brødteksten her. Skriv kun det, kilderne siger.\n';

/**
 * The text of a new entry: every required field filled with a placeholder (UDFYLD) or a valid
 * example, with short Danish comments. `npm run check` fails until every UDFYLD is replaced.
 */
export function entryTemplate(kind: EntryKind, { title, today, nextFindingId }: TemplateContext): string {
  const header = `# Typen er ${kind}. Felterne forklares i vejledningen for redaktører: /om/redaktion/`;
  switch (kind) {
    case 'resultat':
      return `---\n${header}\nid: ${nextFindingId} # fast id; ændres aldrig\n${base(title, today)}\n${versioned(today)}
statement: "UDFYLD: resultatet i én klar sætning"
origin: fremskudt-behandling # eller kk-inddragelse-2014
context: "" # tomt felt vises som »Kilden beskriver ikke konteksten.«
mechanism: ""
outcome: ""
evidence:
  type: "UDFYLD: hvilken slags viden resultatet bygger på"
  strength: "UDFYLD: hvor stærk evidensen er, sagt ærligt"
---
${BODY}`;
    case 'vejledning':
      return `---\n${header}\n${base(title, today)}\n${versioned(today)}
purpose: "UDFYLD: hvad vejledningen hjælper en kommune med"
steps:
  - title: "UDFYLD: første trin"
    text: "UDFYLD: hvad man gør"
phase: udvikling-af-indsatsen # filnavnet på en fase i content/phases/
methods: [] # filnavne på metoder i content/methods/
---
${BODY}`;
    case 'metode':
      return `---\n${header}\n${base(title, today)}\norigin: fremskudt-behandling # eller kk-inddragelse-2014\n---\n${BODY}`;
    case 'kilde':
      return `---\n${header}\n${base(title, today)}
institution: "UDFYLD: institutionen bag dokumentet, aldrig en person"
documentTitle: "UDFYLD: dokumentets egen titel"
documentType: "UDFYLD: fx Rapport eller Bilag"
---
${BODY}`;
    case 'fase':
      return `---\n${header}\n${base(title, today)}\norder: 5 # fasens nummer i rækken\npurpose: "UDFYLD: fasens formål, som kilden angiver det"\n---\n${BODY}`;
    case 'side':
      return `---\n${header}\n${base(title, today)}\n---\n${BODY}`;
    case 'ord':
      return `${header}\nterm: ${JSON.stringify(title)}\ndefinition: "UDFYLD: en kort forklaring på almindeligt dansk"\nbasis: almindelig-sprogbrug # eller kilde\nsources: []\nupdated: ${today}\n`;
  }
}

/**
 * The next finding id after the highest one in use.
 * @example nextFindingId(['F01', 'F08']) // 'F09'
 */
export function nextFindingId(ids: readonly string[]): string {
  const highest = Math.max(0, ...ids.map((id) => Number(id.replace(/^F/, ''))).filter(Number.isFinite));
  return `F${String(highest + 1).padStart(2, '0')}`;
}
