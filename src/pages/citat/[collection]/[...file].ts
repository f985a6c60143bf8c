import type { APIRoute, GetStaticPaths } from 'astro';
import { CITATION_FORMATS, type CitationExtension } from '../../../lib/citation-formats.ts';
import { citationFile } from '../../../lib/citation-output.ts';
import { getCitableRecords } from '../../../lib/citation-cache.ts';
import type { CslItem } from '../../../lib/csl.ts';

// A rest parameter, so a file may sit deeper than its section, such as
// /citat/resultater/<slug>/version/1-0.ris; /citat/resultater/<slug>.ris is unchanged.
export const getStaticPaths = (async () => {
  const records = await getCitableRecords();
  return records.flatMap(({ section, slug, record }) =>
    (Object.keys(CITATION_FORMATS) as CitationExtension[]).map((extension) => ({
      params: { collection: section, file: `${slug}.${extension}` },
      props: { record, extension },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { record, extension } = props as { record: CslItem; extension: CitationExtension };
  return new Response(citationFile(record, extension), {
    headers: { 'Content-Type': `${CITATION_FORMATS[extension].mediaType}; charset=utf-8` },
  });
};
