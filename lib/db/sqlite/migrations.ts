/**
 * Versioned schema. Each entry moves the database from version i to i+1 and runs in one transaction;
 * PRAGMA user_version records how far a database has come. Never edit a released migration: add one.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    -- 1 when no name was configured: the feed's own title replaces the host name once known.
    name_from_feed INTEGER NOT NULL DEFAULT 0,
    outlet TEXT,
    language TEXT NOT NULL,
    poll_seconds INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    etag TEXT,
    last_modified TEXT,
    last_polled_at TEXT,
    last_ok_at TEXT,
    last_error_at TEXT,
    last_error TEXT,
    last_error_code TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    next_poll_at TEXT
  );
  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    feed_id INTEGER NOT NULL REFERENCES feeds(id),
    url TEXT,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    published_at TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    date_missing INTEGER NOT NULL,
    date_clamped INTEGER NOT NULL,
    language TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    relevance_score REAL NOT NULL,
    relevance_reason TEXT NOT NULL,
    tags TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    seq INTEGER NOT NULL
  );
  CREATE INDEX articles_published ON articles(published_at DESC);
  CREATE INDEX articles_feed ON articles(feed_id);
  CREATE TABLE article_versions (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    version INTEGER NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    url TEXT,
    published_at TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    tags TEXT,
    replaced_at TEXT NOT NULL,
    PRIMARY KEY (article_id, version)
  );
  -- The change log: AUTOINCREMENT so that a number is never reused, even after deletes.
  -- kind is "<entity>:added|updated"; entity_id is the row of that entity's table.
  CREATE TABLE changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    created_at TEXT NOT NULL
  );
  `,
  `
  -- Facts derived from the articles' tags, merged across articles.
  CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    signature TEXT NOT NULL,
    first_at TEXT NOT NULL,
    last_at TEXT NOT NULL
  );
  CREATE INDEX stories_last ON stories(last_at);
  ALTER TABLE articles ADD COLUMN story_id INTEGER REFERENCES stories(id);
  CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    event_type TEXT NOT NULL,
    place TEXT NOT NULL,
    -- JSON array: the actors named in the articles that report it.
    actors TEXT NOT NULL DEFAULT '[]',
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    first_at TEXT NOT NULL,
    last_at TEXT NOT NULL,
    seq INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX incidents_type_last ON incidents(event_type, last_at);
  CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    count INTEGER NOT NULL,
    qualifier TEXT NOT NULL,
    vague_word TEXT,
    civilian TEXT NOT NULL,
    party TEXT,
    claimed_by TEXT,
    cumulative INTEGER NOT NULL,
    incident_id INTEGER REFERENCES incidents(id),
    story_id INTEGER REFERENCES stories(id),
    reported_at TEXT NOT NULL,
    seq INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    speaker TEXT NOT NULL,
    role TEXT,
    affiliation TEXT,
    quote TEXT NOT NULL,
    direct INTEGER NOT NULL,
    reported_at TEXT NOT NULL,
    seq INTEGER NOT NULL DEFAULT 0
  );
  -- Which articles support which fact, with the words that do.
  CREATE TABLE fact_sources (
    entity TEXT NOT NULL,
    fact_id INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    evidence TEXT,
    PRIMARY KEY (entity, fact_id, article_id)
  );
  CREATE INDEX fact_sources_article ON fact_sources(article_id);
  `,
];
