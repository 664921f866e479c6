"use client";

import { memo, useState } from "react";
import { actorColour } from "@/lib/dashboard/palette";
import { moreSources } from "@/lib/dashboard/statements";
import { entryName, regionTime, roleToShow, speechText } from "@/lib/dashboard/statements-format";
import type { DashboardContext, Selection } from "@/lib/types/dashboard";
import type { StatementView } from "@/lib/types/facts";
import { safeHref } from "../safe-link";
import { relationText, SourceList } from "../source-list";
import { TimeLabel } from "../time-label";
import styles from "./statements.module.css";

export interface StatementEntryProps {
  statement: StatementView;
  context: DashboardContext;
  /** Actor ids in colour order (see sideOrder). */
  colourOrder: readonly string[];
  selected: boolean;
  linked: boolean;
  onSelect: (selection: Selection) => void;
}

/** Who said it: the speaker, their role, and their side as a colour swatch with the side's name. */
function Speaker({
  statement,
  context,
  colourOrder,
}: Omit<StatementEntryProps, "selected" | "linked" | "onSelect">) {
  const actor = statement.affiliation;
  const role = roleToShow(statement);
  return (
    <>
      <span className={styles.speaker}>{statement.speaker}</span>
      {role && <span className={styles.role}>, {role}</span>}{" "}
      <span className={styles.affiliation}>
        <span
          className={styles.swatch}
          style={{ background: actorColour(actor, colourOrder) }}
          aria-hidden="true"
        />
        {actor ? (context.actors[actor]?.name ?? actor) : "affiliation unknown"}
      </span>
    </>
  );
}

/** One statement: who, the words, when, where it was read, and the way to every outlet that carried it. */
function Entry({ statement, context, colourOrder, selected, linked, onSelect }: StatementEntryProps) {
  const [open, setOpen] = useState(false);
  const speech = speechText(statement);
  const first = statement.sources[0];
  const more = moreSources(statement.sources);
  const href = safeHref(first?.url ?? null);
  const zone = context.region.timeZone;
  const local = regionTime(statement.reportedAt, zone);
  const sourcesId = `statement-${statement.id}-sources`;
  const classes = [styles.entry, linked && styles.linked, selected && styles.selected]
    .filter(Boolean)
    .join(" ");
  return (
    <li className={classes} data-testid="statement-item" data-statement-id={statement.id}>
      <article aria-label={entryName(statement)}>
        <button
          type="button"
          className={styles.header}
          aria-pressed={selected}
          onClick={() => onSelect(selected ? null : { kind: "statement", id: statement.id })}
          title={
            selected ? "Clear the selection" : "Select: highlight the incidents and figures reported with it"
          }
        >
          <Speaker statement={statement} context={context} colourOrder={colourOrder} />
          {selected && <span className={styles.marker}>selected</span>}
          {linked && !selected && <span className={styles.marker}>linked</span>}
        </button>
        <p className={styles.words}>
          {speech.mark === "reported" && <span className={styles.reported}>reported speech</span>}
          {speech.mark === "reported" && " "}
          {speech.mark === "reported" ? (
            <span className={styles.paraphrase}>{speech.text}</span>
          ) : (
            speech.text
          )}
        </p>
        <div className={styles.meta}>
          <TimeLabel iso={statement.reportedAt} regionZone={zone} />
          {local && <span className={styles.local}>{local}</span>}
        </div>
        {first && (
          <div className={styles.meta}>
            <span className={styles.outlet}>{first.feedName}</span>
            <span className="relation">{relationText(first, context)}</span>
            {href && (
              <a href={href} target="_blank" rel="noopener noreferrer nofollow" title={first.title}>
                Read the article
                <span className="visually-hidden"> at {first.feedName} (opens in a new tab)</span>
              </a>
            )}
            <button
              type="button"
              className={styles.toggle}
              aria-expanded={open}
              aria-controls={open ? sourcesId : undefined}
              data-testid={more ? "statement-outlets" : "statement-source"}
              onClick={() => setOpen(!open)}
            >
              {more ? more.label : "Words in context"}
              <span className="visually-hidden">{open ? ", hide the sources" : ", show every source"}</span>
            </button>
          </div>
        )}
        {open && (
          <div id={sourcesId}>
            <SourceList
              sources={statement.sources}
              context={context}
              fact={{ entity: "statement", id: statement.id }}
            />
          </div>
        )}
      </article>
    </li>
  );
}

/** Memoised: a push re-renders only the entries whose statement, selection or link changed. */
export const StatementEntry = memo(Entry);
