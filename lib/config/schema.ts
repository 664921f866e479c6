import { z } from "zod";

/** Whether an IANA time zone name is known to this runtime. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const httpUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  }, "must be an absolute http:// or https:// URL");

const timeZone = z.string().refine(isTimeZone, "is not a known IANA time zone (e.g. Asia/Baku, UTC)");

/** An outlet's relation to the conflict, shown beside every claim it supports. */
export const OUTLET_RELATIONS = [
  "state-media",
  "based-in-party",
  "based-in-other",
  "international",
  "independent",
  "intergovernmental",
] as const;

export const outletSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  relation: z.enum(OUTLET_RELATIONS),
  party: z.string().min(1).optional(),
  note: z.string().optional(),
});
export type Outlet = z.infer<typeof outletSchema>;

/** One feed as configured. */
export const feedConfigSchema = z.object({
  url: httpUrl,
  name: z.string().trim().min(1).optional(),
  outlet: z.string().min(1).optional(),
  language: z.string().min(2).max(12).default("en"),
  pollSeconds: z.number().int().min(1).max(86_400).optional(),
  /** A feed that covers only the region: every item is kept, no relevance test. */
  regional: z.boolean().default(false),
  /** Zone assumed for dates written without one. */
  timeZone: timeZone.default("UTC"),
});
export type FeedConfigInput = z.input<typeof feedConfigSchema>;
export type FeedConfig = z.infer<typeof feedConfigSchema> & {
  name: string;
  pollSeconds: number;
  /** No name was configured: `name` is the host until the feed's own title is known. */
  nameFromFeed: boolean;
};

export const regionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, "must be lower-case letters, digits and dashes"),
  name: z.string().min(1),
  timeZone,
  bounds: z
    .object({
      south: z.number().min(-90).max(90),
      west: z.number().min(-180).max(180),
      north: z.number().min(-90).max(90),
      east: z.number().min(-180).max(180),
    })
    .refine((b) => b.south < b.north, "south must be below north"),
  focusCountries: z.array(z.string().length(2)).default([]),
  relevance: z.object({
    threshold: z.number().positive(),
    terms: z.array(z.object({ term: z.string().min(2), weight: z.number().positive() })).min(1),
  }),
  outlets: z.array(outletSchema).default([]),
  /** Feeds are checked one by one by the loader, so that one bad entry does not sink the others. */
  feeds: z.array(z.unknown()).default([]),
});
export type RegionProfile = Omit<z.infer<typeof regionSchema>, "feeds"> & { feeds: FeedConfig[] };

export const optionsSchema = z.object({
  pollSeconds: z.number().int().min(1).max(86_400).default(300),
  timeoutSeconds: z.number().positive().max(300).default(20),
  maxBodyBytes: z
    .number()
    .int()
    .min(1024)
    .max(200 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  maxRedirects: z.number().int().min(0).max(20).default(5),
  perHostConcurrency: z.number().int().min(1).max(16).default(2),
  userAgent: z.string().min(1).default("ConflictMonitor/0.1 (+https://github.com/conflict-monitor)"),
  /** A raster tile URL template for online use; the bundled outlines are used when absent. */
  tileUrl: z.string().url().nullable().default(null),
  tileAttribution: z.string().nullable().default(null),
});
export type Options = z.infer<typeof optionsSchema>;

/** The JSON configuration file. Every key is optional. */
export const configFileSchema = z
  .object({
    region: z.union([z.string().min(1), z.record(z.string(), z.unknown())]).optional(),
    feeds: z.array(z.unknown()).optional(),
    options: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

export const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^(file:.+|postgres(ql)?:\/\/.+)$/, "must be file:PATH (SQLite) or postgres://...")
    .default("file:./var/monitor.db"),
  MONITOR_CONFIG: z.string().min(1).optional(),
  FEEDS: z.string().optional(),
  POLL_SECONDS: z.coerce.number().int().min(1).max(86_400).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});
export type Env = z.infer<typeof envSchema>;
