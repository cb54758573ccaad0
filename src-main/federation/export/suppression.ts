/*
 * Statistical secrecy of one indicator's cells.
 *
 * Primary suppression: a cell of a sensitive indicator is secret when its value (a count) or the number of distinct
 * households behind it is between 1 and threshold − 1: a small figure could point at a neighbour.
 *
 * Secondary suppression: wherever cells add up to a total (residences → QPV, QPV → office, axes → office, membership
 * types → office), a relation never holds exactly one secret cell, or the total minus the visible parts would give it
 * back. Then the smallest visible non-zero part is made secret too (else the total, else a zero part), and again,
 * until every relation is safe: a new secret total can unbalance the relation above it.
 */

export interface CellFigure {
  value: number;
  households: number;
}

/** parent = sum of children; cells are named by the caller (e.g. "qpv:QN08001M"). */
export interface Relation {
  parent: string;
  children: readonly string[];
}

const isSmall = (n: number, threshold: number) => n >= 1 && n < threshold;

/** The cells to publish as secret. `valueIsCount` false for amounts (then only their households matter). */
export function secretCells(cells: ReadonlyMap<string, CellFigure>, relations: readonly Relation[], threshold: number, valueIsCount: boolean): Set<string> {
  const secret = new Set<string>();
  for (const [name, cell] of cells) {
    if ((valueIsCount && isSmall(cell.value, threshold)) || isSmall(cell.households, threshold)) secret.add(name);
  }
  const valueOf = (name: string) => cells.get(name)?.value ?? 0;
  const smallest = (names: readonly string[]) => [...names].sort((a, b) => valueOf(a) - valueOf(b) || a.localeCompare(b))[0];

  let changed = secret.size > 0;
  while (changed) {
    changed = false;
    for (const { parent, children } of relations) {
      const members = [parent, ...children];
      if (members.filter((name) => secret.has(name)).length !== 1) continue;
      const visibleChildren = children.filter((name) => !secret.has(name));
      const partner =
        smallest(visibleChildren.filter((name) => valueOf(name) > 0)) ?? (secret.has(parent) ? smallest(visibleChildren) : parent);
      if (partner === undefined) continue;
      secret.add(partner);
      changed = true;
    }
  }
  return secret;
}
