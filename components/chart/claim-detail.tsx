"use client";

import { useEffect, useState } from "react";
import { z } from "zod";
import type { DashboardContext } from "@/lib/types/dashboard";
import type { ClaimView, SourceRef } from "@/lib/types/facts";
import { SourceList } from "../source-list";
import styles from "./chart.module.css";
import { actorName, figureText } from "./ledger-labels";

const detailSchema = z.object({
  sources: z.array(
    z.object({
      articleId: z.number(),
      sentence: z.object({ before: z.string(), match: z.string(), after: z.string() }).nullable().optional(),
    }),
  ),
});

/** Snapshots leave out the evidence sentences: fetch them for the one claim the reader opened. */
function useSentences(claim: ClaimView): { sources: SourceRef[]; failed: boolean } {
  const [sources, setSources] = useState(claim.sources);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    setSources(claim.sources);
    setFailed(false);
    const controller = new AbortController();
    fetch(`/api/facts/claim/${claim.id}`, { signal: controller.signal })
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json();
      })
      .then((json: unknown) => {
        const parsed = detailSchema.safeParse(json);
        if (!parsed.success) throw new Error("unexpected answer");
        const sentences = new Map(parsed.data.sources.map((s) => [s.articleId, s.sentence ?? null]));
        setSources(claim.sources.map((s) => ({ ...s, sentence: sentences.get(s.articleId) ?? s.sentence })));
      })
      .catch((error: unknown) => {
        // Aborted on unmount is expected; otherwise the evidence words still show, without their sentence.
        if (!(error instanceof DOMException && error.name === "AbortError")) setFailed(true);
      });
    return () => controller.abort();
  }, [claim]);
  return { sources, failed };
}

/** The selected claim with all its sources and the words that support it. */
export function ClaimDetail({
  claim,
  context,
  onClose,
}: {
  claim: ClaimView;
  context: DashboardContext;
  onClose: () => void;
}) {
  const { sources, failed } = useSentences(claim);
  const status = claim.civilian === "unknown" ? "" : ` ${claim.civilian}`;
  return (
    <section className={styles.detail} data-testid="claim-detail" aria-label="Selected casualty claim">
      <header>
        <strong>
          {figureText(claim.count, claim.qualifier, claim.vagueWord)}
          {status} {claim.kind}
        </strong>{" "}
        · {actorName(claim.party, context)} · claimed by{" "}
        {claim.claimedBy ? actorName(claim.claimedBy, context) : "no one named"} ·{" "}
        {claim.cumulative ? "running toll" : "single incident"}
        <button type="button" className={styles.close} onClick={onClose}>
          Close
        </button>
      </header>
      {failed && <p className="muted small">The sentences around the evidence could not be loaded.</p>}
      <SourceList sources={sources} context={context} />
    </section>
  );
}
