/** The columns of a theory of change, in Socialstyrelsen's order. */
export const THEORY_COLUMNS = [
  'ressourcer-og-aktiviteter',
  'leverancer',
  'resultater',
  'langsigtede-virkninger',
] as const;

/** What a node in the theory of change is; aims and values are kept apart from reported results. */
export const THEORY_KINDS = [
  'ressource',
  'aktivitet',
  'leverance',
  'rapporteret-resultat',
  'formaal',
  'vaerdi',
] as const;

/** One column of the figure. */
export type TheoryColumn = (typeof THEORY_COLUMNS)[number];

/** One kind of box. */
export type TheoryKind = (typeof THEORY_KINDS)[number];

/** A box in the theory of change, as the schema gives it. */
export interface TheoryNode {
  id: string;
  column?: string | undefined;
  kind: string;
  label: string;
  href: string;
}

/** An arrow between two boxes. */
export interface TheoryEdge {
  from: string;
  to: string;
  assumption?: string | undefined;
}

/** A box with the boxes its arrows lead to, resolved for rendering. */
export interface PlacedNode extends TheoryNode {
  leadsTo: { node: TheoryNode; assumption?: string | undefined }[];
}

/**
 * Places the boxes in their columns, in the columns' order, each with the boxes it leads to.
 * Values, which stand in no column, come back separately.
 * @example theoryColumns(['a', 'b'], nodes, edges) // { columns: [{ column: 'a', nodes: [...] }, ...], values: [...] }
 */
export function theoryColumns(
  columns: readonly string[],
  nodes: readonly TheoryNode[],
  edges: readonly TheoryEdge[],
): { columns: { column: string; nodes: PlacedNode[] }[]; values: TheoryNode[] } {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const place = (node: TheoryNode): PlacedNode => ({
    ...node,
    leadsTo: edges
      .filter((edge) => edge.from === node.id)
      .flatMap((edge) => {
        const target = byId.get(edge.to);
        return target ? [{ node: target, assumption: edge.assumption }] : [];
      }),
  });
  return {
    columns: columns.map((column) => ({
      column,
      nodes: nodes.filter((node) => node.column === column).map(place),
    })),
    values: nodes.filter((node) => node.column === undefined),
  };
}
