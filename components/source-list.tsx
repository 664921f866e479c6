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

/** The articles behind a number, pin or quote: outlet, its relation to the conflict, time, link, the words. */
export function SourceList({ sources, context }: { sources: SourceRef[]; context: DashboardContext }) {
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
