// Feed ingestion: fetch (HTTP only) → decode → parse → normalise (pure). The worker composes these.
export { decodeFeedBody } from "./decode";
export { FeedError, type FeedErrorCode, isFeedError } from "./errors";
export { type FetchFeedOptions, type FetchResult, fetchFeed, maybeGunzip } from "./fetch";
export { type IngestedFeed, ingestFeedBody } from "./ingest";
export {
  canonicalLink,
  contentHash,
  htmlToText,
  itemKey,
  type NormaliseContext,
  normaliseItem,
  parseFeedDate,
} from "./normalise";
export { parseFeed } from "./parse";
export type { NormalisedItem, ParsedFeed, RawItem } from "./types";
