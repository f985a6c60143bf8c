/** A finding as the id check sees it. */
export interface IdentifiedFinding {
  file: string;
  id: string;
}

/**
 * Lists each finding id that more than one file claims, with the files.
 * Finding ids are permanent citations, so a repeat must stop the build.
 * @example duplicateFindingIds([{ file: 'a.mdx', id: 'F01' }, { file: 'b.mdx', id: 'F01' }])
 * // [{ id: 'F01', files: ['a.mdx', 'b.mdx'] }]
 */
export function duplicateFindingIds(findings: readonly IdentifiedFinding[]): { id: string; files: string[] }[] {
  const byId = new Map<string, string[]>();
  for (const { file, id } of findings) byId.set(id, [...(byId.get(id) ?? []), file]);
  return [...byId].filter(([, files]) => files.length > 1).map(([id, files]) => ({ id, files }));
}
