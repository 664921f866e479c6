import { memo } from "react";
import type { ArticleView } from "@/lib/types/article";
import { safeHref } from "./safe-link";
import { TimeLabel } from "./time-label";

/** The latest relevant reports, newest first: outlet, time, title linking to the original. */
export const ReportList = memo(function ReportList({
  articles,
  regionZone,
}: {
  articles: ArticleView[];
  regionZone: string;
}) {
  if (articles.length === 0) {
    return (
      <p className="empty" data-testid="reports-empty">
        No reports yet. Feeds are polled on their own intervals; new reports appear here as they arrive.
      </p>
    );
  }
  return (
    <ol className="reports" data-testid="report-list" aria-label="Latest reports">
      {articles.map((article) => {
        const href = safeHref(article.url);
        return (
          <li key={article.id} className="report" data-testid="report-item" data-article-id={article.id}>
            <div className="report-meta">
              <span className="outlet">{article.feedName}</span>
              <TimeLabel iso={article.publishedAt} regionZone={regionZone} />
              {article.dateMissing && <span className="flag">no date in feed</span>}
              {article.dateClamped && <span className="flag">future date corrected</span>}
              {article.version > 1 && <span className="flag">updated (v{article.version})</span>}
            </div>
            <h3 className="report-title">
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer nofollow">
                  {article.title}
                </a>
              ) : (
                article.title
              )}
            </h3>
            {article.summary && <p className="report-summary">{article.summary}</p>}
          </li>
        );
      })}
    </ol>
  );
});
