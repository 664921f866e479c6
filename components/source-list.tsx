"use client";

import { useEffect, useState } from "react";
import type { DashboardContext, OutletRelation } from "@/lib/types/dashboard";
import type { SourceRef } from "@/lib/types/facts";
import { safeHref } from "./safe-link";
import { TimeLabel } from "./time-label";

const RELATION_LABEL: Record<OutletRelation, string> = {
  "state-media": "state media",
  "based-in-party": "based in",
  "based-in-other": "based in",
  international: "international",
  independent: "independent",
  intergovernmental: "intergovernmental",
};

/** "state media of Azerbaijan", "independent", "unknown outlet": how far to trust a source, in words. */
export function relationText(source: Pick<SourceRef, "outlet">, context: DashboardContext): string {
  const outlet = source.outlet ? context.outlets[source.outlet] : undefined;
  if (!outlet) return "outlet of unknown relation";
  const label = RELATION_LABEL[outlet.relation];
  if (outlet.party && (outlet.relation === "state-media" || outlet.relation.startsWith("based-in"))) {
    const party = context.actors[outlet.party]?.name ?? outlet.party;
    return outlet.relation === "state-media" ? `${label} of ${party}` : `${label} ${party}`;
  }
  return label;
}

/** The evidence sentence with the supporting words marked, as text nodes only. */
export function Evidence({ source }: { source: SourceRef }) {
  if (!source.evidence) return null;
  const sentence = source.sentence ?? { before: "", match: source.evidence.text, after: "" };
  return (
    <q className="evidence">
      {sentence.before}
      <mark>{sentence.match}</mark>
      {sentence.after}
    </q>
  );
}

export type FactRef = { entity: "claim" | "incident" | "statement"; id: number };

const details = new Map<string, Promise<SourceRef[] | null>>();

/** A fact's sources with their evidence sentences, fetched once per fact and page (pushes leave them out). */
function useSentences(fact: FactRef | undefined, sources: SourceRef[]): SourceRef[] {
  const [full, setFull] = useState<SourceRef[] | null>(null);
  const key = fact ? `${fact.entity}/${fact.id}/${sources.length}` : null;
  useEffect(() => {
    if (!key) return;
    let current = true;
    let request = details.get(key);
    if (!request) {
      request = fetch(`/api/facts/${key.split("/").slice(0, 2).join("/")}`)
        .then((response) => (response.ok ? (response.json() as Promise<{ sources: SourceRef[] }>) : null))
        .then((body) => body?.sources ?? null)
        .catch(() => null);
      details.set(key, request);
    }
    request.then((loaded) => {
      if (current) setFull(loaded);
    });
    return () => {
      current = false;
    };
  }, [key]);
  return full ?? sources;
}

/**
 * The articles behind a number, pin or quote: outlet, its relation to the conflict, time, link, and the
 * evidence words in their sentence (loaded on demand when `fact` names the fact).
 */
export function SourceList({
  sources: given,
  context,
  fact,
}: {
  sources: SourceRef[];
  context: DashboardContext;
  fact?: FactRef;
}) {
  const sources = useSentences(fact, given);
  return (
    <ul className="sources" aria-label="Sources">
      {sources.map((source) => {
        const href = safeHref(source.url);
        const relation = relationText(source, context);
        return (
          <li key={source.articleId} className="source" data-testid="source">
            <span className="outlet">{source.feedName}</span>{" "}
            <span
              className={`relation relation-${source.outlet ? (context.outlets[source.outlet]?.relation ?? "unknown") : "unknown"}`}
            >
              {relation}
            </span>{" "}
            <TimeLabel iso={source.publishedAt} regionZone={context.region.timeZone} />
            <div>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer nofollow">
                  {source.title}
                </a>
              ) : (
                source.title
              )}
            </div>
            <Evidence source={source} />
          </li>
        );
      })}
    </ul>
  );
}
