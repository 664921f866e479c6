import type { Selection } from "../types/dashboard";
import type { ClaimView, IncidentView, StatementView } from "../types/facts";

export interface Linked {
  incidents: ReadonlySet<number>;
  claims: ReadonlySet<number>;
  statements: ReadonlySet<number>;
}

const EMPTY: Linked = { incidents: new Set(), claims: new Set(), statements: new Set() };

const articlesOf = (fact: { sources: Array<{ articleId: number }> }) => fact.sources.map((s) => s.articleId);

/**
 * What a selection is linked to: an incident's own figures, and every fact that shares an article with
 * the selected one (the statements and claims reported alongside it).
 */
export function linkedTo(
  selection: Selection,
  data: { claims: ClaimView[]; incidents: IncidentView[]; statements: StatementView[] },
): Linked {
  if (!selection) return EMPTY;
  const pools = { incident: data.incidents, claim: data.claims, statement: data.statements };
  const selected = (
    pools[selection.kind] as Array<{ id: number; sources: Array<{ articleId: number }> }>
  ).find((fact) => fact.id === selection.id);
  if (!selected) return EMPTY;
  const articles = new Set(articlesOf(selected));
  const shares = (fact: { sources: Array<{ articleId: number }> }) =>
    articlesOf(fact).some((id) => articles.has(id));
  const incidents = new Set(data.incidents.filter(shares).map((i) => i.id));
  const claims = new Set(
    data.claims
      .filter(
        (claim) =>
          shares(claim) ||
          (claim.incidentId !== null && selection.kind === "incident" && claim.incidentId === selection.id),
      )
      .map((c) => c.id),
  );
  if (selection.kind === "claim") {
    const own = data.claims.find((claim) => claim.id === selection.id)?.incidentId;
    if (own != null) incidents.add(own);
  }
  const statements = new Set(data.statements.filter(shares).map((s) => s.id));
  return { incidents, claims, statements };
}
