import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import {
  configFileSchema,
  type Env,
  envSchema,
  type FeedConfig,
  feedConfigSchema,
  type Options,
  optionsSchema,
  type RegionProfile,
  regionSchema,
} from "./schema";

/** The whole validated configuration of one running monitor. */
export interface MonitorConfig {
  env: Env;
  region: RegionProfile;
  feeds: FeedConfig[];
  options: Options;
  /** Where the configuration came from, for the start-up log. */
  source: string;
}

/** A configuration mistake that stops start-up (the file cannot be read at all). */
export class ConfigError extends Error {
  override name = "ConfigError";
}

export interface LoadResult {
  config: MonitorConfig;
  /** One line per mistake that was skipped over; the monitor runs with the rest. */
  problems: string[];
}

export const DEFAULT_REGION = "south-caucasus";

function describeIssues(issues: z.core.$ZodIssue[], prefix: string): string[] {
  return issues.map((issue) => {
    const where = [prefix, ...issue.path.map(String)].filter(Boolean).join(".");
    return `${where || "(root)"}: ${issue.message}`;
  });
}

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError(`Cannot read ${what} ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${what} ${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Validates feeds one by one: a bad entry is reported and dropped, the rest are kept. */
function parseFeeds(
  entries: unknown[],
  where: string,
  defaults: { pollSeconds: number },
  problems: string[],
): FeedConfig[] {
  const feeds: FeedConfig[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const label =
      typeof entry === "object" && entry && "url" in entry
        ? `${where}[${index}] (${String(entry.url)})`
        : `${where}[${index}]`;
    const parsed = feedConfigSchema.safeParse(entry);
    if (!parsed.success) {
      problems.push(`feed ${label} skipped: ${describeIssues(parsed.error.issues, "").join("; ")}`);
      return;
    }
    if (seen.has(parsed.data.url)) {
      problems.push(`feed ${label} skipped: the same URL is listed twice`);
      return;
    }
    seen.add(parsed.data.url);
    feeds.push({
      ...parsed.data,
      name: parsed.data.name ?? new URL(parsed.data.url).hostname,
      nameFromFeed: parsed.data.name === undefined,
      pollSeconds: parsed.data.pollSeconds ?? defaults.pollSeconds,
    });
  });
  return feeds;
}

export function loadRegion(
  idOrProfile: string | Record<string, unknown>,
  dataDir: string,
  pollSeconds: number,
  problems: string[],
): RegionProfile {
  let raw: unknown = idOrProfile;
  if (typeof idOrProfile === "string") {
    if (!/^[a-z0-9-]+$/.test(idOrProfile))
      throw new ConfigError(`region "${idOrProfile}" is not a region id`);
    const file = path.join(dataDir, "regions", `${idOrProfile}.json`);
    if (!existsSync(file)) throw new ConfigError(`region "${idOrProfile}" not found: there is no ${file}`);
    raw = readJson(file, "region profile");
  }
  const parsed = regionSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(
      `region profile is invalid: ${describeIssues(parsed.error.issues, "region").join("; ")}`,
    );
  }
  const feeds = parseFeeds(parsed.data.feeds, "region.feeds", { pollSeconds }, problems);
  return { ...parsed.data, feeds };
}

/** Options: a wrong value is reported and its default used instead. */
function parseOptions(raw: Record<string, unknown>, problems: string[]): Options {
  const clean: Record<string, unknown> = { ...raw };
  const first = optionsSchema.safeParse(clean);
  if (first.success) return first.data;
  for (const line of describeIssues(first.error.issues, "options"))
    problems.push(`${line} (using the default)`);
  for (const issue of first.error.issues) {
    const key = issue.path[0];
    if (key !== undefined) delete clean[String(key)];
  }
  const known = new Set(Object.keys(optionsSchema.shape));
  for (const key of Object.keys(clean)) if (!known.has(key)) delete clean[key];
  return optionsSchema.parse(clean);
}

/**
 * Reads and validates all configuration: environment, the JSON file (MONITOR_CONFIG, else
 * ./monitor.config.json when present, else the built-in default region) and the region profile.
 */
export function loadConfig(
  rawEnv: Record<string, string | undefined>,
  opts: { cwd: string; dataDir: string },
): LoadResult {
  const problems: string[] = [];
  const envParsed = envSchema.safeParse(rawEnv);
  if (!envParsed.success) {
    throw new ConfigError(`environment: ${describeIssues(envParsed.error.issues, "").join("; ")}`);
  }
  const env = envParsed.data;

  let file: string | null = null;
  if (env.MONITOR_CONFIG) file = path.resolve(opts.cwd, env.MONITOR_CONFIG);
  else if (existsSync(path.join(opts.cwd, "monitor.config.json")))
    file = path.join(opts.cwd, "monitor.config.json");
  if (file && !existsSync(file))
    throw new ConfigError(`MONITOR_CONFIG points to ${file}, which does not exist`);

  const fileParsed = configFileSchema.safeParse(file ? readJson(file, "config file") : {});
  if (!fileParsed.success) {
    throw new ConfigError(`config file ${file}: ${describeIssues(fileParsed.error.issues, "").join("; ")}`);
  }
  const options = parseOptions(fileParsed.data.options ?? {}, problems);
  if (env.POLL_SECONDS !== undefined) options.pollSeconds = env.POLL_SECONDS;

  const region = loadRegion(
    fileParsed.data.region ?? DEFAULT_REGION,
    opts.dataDir,
    options.pollSeconds,
    problems,
  );
  let feeds = region.feeds;
  if (fileParsed.data.feeds) {
    feeds = parseFeeds(fileParsed.data.feeds, "feeds", options, problems);
  }
  if (env.FEEDS !== undefined) {
    const urls = env.FEEDS.split(",")
      .map((url) => url.trim())
      .filter(Boolean);
    feeds = parseFeeds(
      urls.map((url) => ({ url })),
      "FEEDS",
      options,
      problems,
    );
  }
  if (env.POLL_SECONDS !== undefined)
    feeds = feeds.map((feed) => ({ ...feed, pollSeconds: env.POLL_SECONDS ?? 0 }));
  if (feeds.length === 0) problems.push("no usable feed is configured: nothing will be polled");

  return {
    config: { env, region, feeds, options, source: file ?? `built-in region ${region.id}` },
    problems,
  };
}
