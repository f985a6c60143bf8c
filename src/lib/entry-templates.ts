import { COLLECTIONS, CONTENT_TYPES, type CollectionName } from '../content-types.ts';

/** The kinds of entry `npm run new` can create, by the Danish word editors use, from the registry. */
export const ENTRY_KINDS = Object.fromEntries(
  COLLECTIONS.flatMap((collection) => {
    const type = CONTENT_TYPES[collection];
    if (!('newKind' in type)) return [];
    const extension = (type.extensions as readonly string[]).includes('mdx') ? 'mdx' : 'yaml';
    return [[type.newKind, { collection, folder: type.folder, extension }]];
  }),
) as Record<string, { collection: CollectionName; folder: string; extension: 'mdx' | 'yaml' }>;

/** One of the kinds `npm run new` knows, such as `resultat`. */
export type EntryKind = string;

/** What a template needs besides the title. */
export interface TemplateContext {
  title: string;
  /** Today, as YYYY-MM-DD. */
  today: string;
  /** The next free finding id, such as F09. */
  nextFindingId: string;
  /** The next free phase number. */
  nextPhaseOrder: number;
  /** Slugs that exist, so a new entry passes the check once its UDFYLD fields are written. */
  defaults: { source: string; phase: string; origin: string };
}

const AUDIENCE_HELP = '# en eller flere af: kommune, praktiker, ministerium-og-forskning';
const SOURCE_HELP = '# filnavnet på en kilde i content/sources/';

function base(title: string, today: string, source: string, quote = false): string {
  return [
    `title: ${JSON.stringify(title)}`,
    'summary: "UDFYLD: en eller to sætninger, der vises under titlen og i lister"',
    `audiences: [kommune] ${AUDIENCE_HELP}`,
    'sources:',
    `  - source: ${source} ${SOURCE_HELP}`,
    '    locator: "UDFYLD: hvor i kilden, fx et afsnit"',
    ...(quote
      ? ['    quote: "UDFYLD: kildens sætninger, ordret, med […] hvor ord er udeladt"']
      : []),
    `updated: ${today}`,
  ].join('\n');
}

function versioned(today: string): string {
  return [
    `published: ${today}`,
    'version: "1.0"',
    'changelog:',
    `  - date: ${today}`,
    '    note: Første udgave.',
  ].join('\n');
}

const BODY = '\n## Om siden\n\nUDFYLD: skriv brødteksten her. Skriv kun det, kilderne siger.\n';

/**
 * The text of a new entry: every required field filled with a placeholder (UDFYLD) or a valid
 * example, with short Danish comments. `npm run check` fails until every UDFYLD is replaced.
 */
export function entryTemplate(kind: EntryKind, context: TemplateContext): string {
  const { title, today, nextFindingId, nextPhaseOrder, defaults } = context;
  const header = `# Typen er ${kind}. Felterne forklares i vejledningen for redaktører: /om/redaktion/`;
  const front = base(title, today, defaults.source);
  const collection = ENTRY_KINDS[kind]?.collection;
  switch (collection) {
    case 'findings':
      return `---\n${header}\nid: ${nextFindingId} # fast id; ændres aldrig\n${base(title, today, defaults.source, true)}\n${versioned(today)}
statement: "UDFYLD: resultatet i én klar sætning"
origin: ${defaults.origin} # filnavnet på en oprindelse i content/origins/
context: "" # et tomt felt nævnes i boksen »Hvad kilderne ikke siger«
mechanism: ""
outcome: ""
# evidence udelades, når oprindelsens evidens gælder; ellers:
# evidence:
#   type: hvilken slags viden resultatet bygger på
#   strength: hvor stærk evidensen er, sagt ærligt
---
${BODY}`;
    case 'guides':
      return `---\n${header}\n${front}\n${versioned(today)}
purpose: "UDFYLD: hvad vejledningen hjælper en kommune med"
origin: ${defaults.origin} # filnavnet på en oprindelse i content/origins/
steps:
  - title: "UDFYLD: første trin"
    text: "UDFYLD: hvad man gør"
phase: ${defaults.phase} # filnavnet på en fase i content/phases/
methods: [] # filnavne på metoder i content/methods/
---
${BODY}`;
    case 'methods':
      return `---\n${header}\n${front}\norigin: ${defaults.origin} # filnavnet på en oprindelse i content/origins/\n---\n${BODY}`;
    case 'sources':
      return `---\n${header}\n${front}
institution: "UDFYLD: den mest specifikke enhed bag dokumentet (aldrig en person og uden komma)"
# parentInstitution: "den myndighed, enheden hører under, fx en kommune"
documentTitle: "UDFYLD: dokumentets egen titel"
documentType: "UDFYLD: fx Rapport eller Bilag"
---
${BODY}`;
    case 'phases':
      return `---\n${header}\n${front}\norder: ${nextPhaseOrder} # fasens nummer i rækken\npurpose: "UDFYLD: fasens formål, som kilden angiver det"\n---\n${BODY}`;
    case 'pages':
      return `---\n${header}\n${front}\n---\n${BODY}`;
    case 'glossary':
      return `${header}\nterm: ${JSON.stringify(title)}\ndefinition: "UDFYLD: en kort forklaring på almindeligt dansk"\nbasis: almindelig-sprogbrug # eller kilde\nsources: []\nupdated: ${today}\n`;
    case 'origins':
      return `${header}\nname: ${JSON.stringify(title)}\ngroup: "UDFYLD: overskriften over processens sider i lister"\nlabel: "UDFYLD: det korte mærke på hver side fra processen"\nprimary: false # true kun for webstedets egen indsats\nnote: "UDFYLD: hvad læseren skal vide om processen"\n`;
    default:
      throw new Error(`Ukendt type "${kind}"`);
  }
}

/**
 * The next finding id after the highest one in use.
 * @example nextFindingId(['F01', 'F08']) // 'F09'
 */
export function nextFindingId(ids: readonly string[]): string {
  const highest = Math.max(
    0,
    ...ids.map((id) => Number(id.replace(/^F/, ''))).filter(Number.isFinite),
  );
  return `F${String(highest + 1).padStart(2, '0')}`;
}
