import { z } from 'astro/zod';
import { stringify } from 'csv-stringify/sync';
import { DATA_SETS, type DataSet } from './open-data-sets.ts';
import { site } from '../site.config.ts';
import {
  getFindings,
  getGlossary,
  getGuides,
  getMethods,
  getSources,
  getTheoriesOfChange,
  resolveReference,
} from './content.ts';
import { findingEvidence } from './origins.ts';
import { shortFindingPath } from './redirects.ts';
import { versionUrl } from './versions.ts';
import { absoluteUrl, entryAddress, entryUrl } from './urls.ts';

// The content as open data (the records of src/lib/open-data-sets.ts), checked against their
// schema before they are written, so a file never contradicts its JSON Schema.

export { DATA_SETS, type DataSet };

const abs = (path: string) => absoluteUrl(path, site.origin);

async function sourcesOf(
  citations: readonly { source: { id: string }; locator: string; quote?: string }[],
) {
  const all = new Map((await getSources()).map((s) => [s.id, s]));
  return citations.map((citation) => ({
    titel: all.get(citation.source.id)?.data.documentTitle ?? citation.source.id,
    sted: citation.locator,
    ...(citation.quote ? { citat: citation.quote } : {}),
    adresse: abs(entryUrl('sources', citation.source.id)),
  }));
}

/** The records of one data set, in the site's own order. */
async function dataRecords(set: DataSet): Promise<unknown[]> {
  switch (set) {
    case 'resultater':
      return Promise.all(
        (await getFindings()).map(async (f) => {
          const { origin, evidence } = await findingEvidence(f);
          return {
            id: f.data.id,
            titel: f.data.title,
            udsagn: f.data.statement,
            oprindelse: origin.data.name,
            evidenstype: evidence.type,
            evidensstyrke: evidence.strength,
            version: f.data.version,
            udgivet: f.data.published,
            opdateret: f.data.updated,
            kortAdresse: abs(shortFindingPath(f.data.id)),
            adresse: abs(entryUrl('findings', f.id)),
            versionsadresse: abs(versionUrl('findings', f.id, f.data.version)),
            kilder: await sourcesOf(f.data.sources),
          };
        }),
      );
    case 'vejledninger':
      return Promise.all(
        (await getGuides()).map(async (g) => ({
          titel: g.data.title,
          resume: g.data.summary,
          formaal: g.data.purpose,
          oprindelse: (await resolveReference(g.data.origin)).data.name,
          version: g.data.version,
          udgivet: g.data.published,
          opdateret: g.data.updated,
          trin: g.data.steps.map((step) => ({ titel: step.title, tekst: step.text })),
          adresse: abs(entryUrl('guides', g.id)),
          kilder: await sourcesOf(g.data.sources),
        })),
      );
    case 'metoder':
      return Promise.all(
        (await getMethods()).map(async (m) => ({
          titel: m.data.title,
          resume: m.data.summary,
          oprindelse: (await resolveReference(m.data.origin)).data.name,
          adresse: abs(entryUrl('methods', m.id)),
          kilder: await sourcesOf(m.data.sources),
        })),
      );
    case 'ordliste':
      return (await getGlossary()).map((entry) => ({
        ord: entry.data.term,
        forklaring: entry.data.definition,
        grundlag: entry.data.basis,
        adresse: abs(entryAddress('glossary', entry.id)!),
      }));
    case 'forandringsteori':
      return (await getTheoriesOfChange()).map((figure) => ({
        titel: figure.data.title,
        forbehold: figure.data.caption,
        bokse: figure.data.nodes.map((node) => ({
          id: node.id,
          ...(node.column ? { kolonne: node.column } : {}),
          type: node.kind,
          tekst: node.label,
          adresse: abs(node.href),
        })),
        pile: figure.data.edges.map((edge) => ({ fra: edge.from, til: edge.to })),
      }));
  }
}

/** A data set as JSON, checked against its own schema first, so a file never contradicts it. */
export async function dataJson(set: DataSet): Promise<string> {
  const records = DATA_SETS[set].schema.parse(await dataRecords(set));
  return `${JSON.stringify(records, null, 2)}\n`;
}

/** The JSON Schema of a data set, made from the Zod schema that also checks the file. */
export function dataSchema(set: DataSet): string {
  const schema = z.toJSONSchema(DATA_SETS[set].schema);
  return `${JSON.stringify({ ...schema, title: `${site.name}: ${DATA_SETS[set].title}` }, null, 2)}\n`;
}

/** The findings as CSV, one row each; the sources joined as »titel (sted)« with » | «. */
export async function findingsCsv(): Promise<string> {
  const rows = DATA_SETS.resultater.schema.parse(await dataRecords('resultater'));
  return stringify(
    rows.map(({ kilder, ...row }) => ({
      ...row,
      kilder: kilder.map((k) => `${k.titel} (${k.sted})`).join(' | '),
    })),
    { header: true, bom: true },
  );
}
