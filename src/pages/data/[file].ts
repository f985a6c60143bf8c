import type { APIRoute, GetStaticPaths } from 'astro';
import { DATA_SETS, dataJson, dataSchema, findingsCsv, type DataSet } from '../../lib/open-data.ts';

export const getStaticPaths = (() =>
  (Object.keys(DATA_SETS) as DataSet[]).flatMap((set) => [
    { params: { file: `${set}.json` }, props: { set, kind: 'json' } },
    { params: { file: `${set}.schema.json` }, props: { set, kind: 'schema' } },
    ...(set === 'resultater'
      ? [{ params: { file: `${set}.csv` }, props: { set, kind: 'csv' } }]
      : []),
  ])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { set, kind } = props as { set: DataSet; kind: 'json' | 'schema' | 'csv' };
  const body =
    kind === 'csv'
      ? await findingsCsv()
      : kind === 'schema'
        ? dataSchema(set)
        : await dataJson(set);
  const type = kind === 'csv' ? 'text/csv' : 'application/json';
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
