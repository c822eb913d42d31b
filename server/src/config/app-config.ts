import { z } from 'zod';

/** Reads a boolean the way operators write it in env files. */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const urlWithProtocols = (protocols: string[]) =>
  z
    .string()
    .url()
    .refine((value) => URL.canParse(value) && protocols.includes(new URL(value).protocol), {
      message: `must use ${protocols.join(' or ')}`,
    });

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: urlWithProtocols(['postgres:', 'postgresql:']).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  MEILI_HOST: urlWithProtocols(['http:', 'https:']).optional(),
  MEILI_API_KEY: z.string().min(1).optional(),
  REDIS_URL: urlWithProtocols(['redis:', 'rediss:']).optional(),
  PUBLIC_URL: urlWithProtocols(['http:', 'https:']).optional(),
  DEMO_MODE: booleanFlag.optional(),
  WEB_DIST_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  COLLAB_STORE_DEBOUNCE_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
  COLLAB_STORE_MAX_WAIT_MS: z.coerce.number().int().min(0).max(300_000).default(10_000),
  COLLAB_QUIET_MS: z.coerce.number().int().min(100).max(86_400_000).default(120_000),
  COLLAB_MAX_MESSAGE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(2 * 1024 * 1024),
  COLLAB_MAX_DOCUMENT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(16 * 1024 * 1024),
  SMTP_URL: urlWithProtocols(['smtp:', 'smtps:']).optional(),
  MAIL_FROM: z.string().min(3).default('Wissensnetz <wissensnetz@localhost>'),
  REVIEW_DEFAULT_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  REVIEW_SWEEP_MINUTES: z.coerce.number().int().min(0).max(10_080).default(60),
  // Material files are stored in PostgreSQL (bytea, read whole into memory): keep them modest.
  MATERIAL_MAX_FILE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(512 * 1024 * 1024)
    .default(20 * 1024 * 1024),
});

export type Environment = z.input<typeof envSchema>;

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Undefined means: run the embedded PGlite database in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  /** Only used to derive keyed hashes; sessions work without it in the embedded setup. */
  sessionSecret?: string;
  meili?: { host: string; apiKey?: string };
  redisUrl?: string;
  publicUrl: string;
  /** Secure cookies are required when the public URL is https. */
  secureCookies: boolean;
  /** Seeds demo content into an empty database and prints demo passwords at start. */
  demoMode: boolean;
  webDistDir?: string;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  collaboration: CollaborationConfig;
  reviews: ReviewsConfig;
  /** Undefined: notifications stay in-app only. */
  mail?: MailConfig;
  materials: MaterialsConfig;
}

export interface MaterialsConfig {
  /** Largest file (bytes) that can be attached to a MATERIAL article. */
  maxFileBytes: number;
}

export interface ReviewsConfig {
  /** Review interval for articles whose category (and its parents) set none. */
  defaultIntervalMonths: number;
  /** How often the review sweep (overdue notifications, weekly digest) runs; 0 turns it off. */
  sweepMinutes: number;
}

export interface MailConfig {
  /** e.g. smtp://user:pass@mail.example.org:587 or smtps://… */
  smtpUrl: string;
  from: string;
}

export interface CollaborationConfig {
  /** Stores wait this long after the last change … */
  storeDebounceMs: number;
  /** … but never longer than this while changes keep coming. */
  storeMaxWaitMs: number;
  /** A revision is taken when a document had no changes for this long. */
  quietMs: number;
  /** Larger WebSocket messages close that connection. */
  maxMessageBytes: number;
  /** Updates that would grow a document beyond this are refused. */
  maxDocumentBytes: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** Empty strings in env files mean "not set". */
function withoutEmpty(env: Record<string, string | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value.trim() !== '') result[key] = value.trim();
  }
  return result;
}

/** Validates the environment once at start; every problem is listed with its variable name. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = envSchema.safeParse(withoutEmpty(env));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`));
  }
  const values = parsed.data;
  const publicUrl = values.PUBLIC_URL ?? `http://localhost:${values.PORT}`;
  const problems: string[] = [];
  if (values.NODE_ENV === 'production' && values.DATABASE_URL && !values.SESSION_SECRET) {
    problems.push('SESSION_SECRET: is required in production with an external database');
  }
  if (values.REDIS_URL && !values.SESSION_SECRET) {
    problems.push(
      'SESSION_SECRET: is required with REDIS_URL, so that all instances accept the same collaboration tokens',
    );
  }
  if (values.MEILI_API_KEY && !values.MEILI_HOST) {
    problems.push('MEILI_API_KEY: is set but MEILI_HOST is not');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    nodeEnv: values.NODE_ENV,
    port: values.PORT,
    host: values.HOST,
    databaseUrl: values.DATABASE_URL,
    dataDir: values.DATA_DIR,
    sessionSecret: values.SESSION_SECRET,
    meili: values.MEILI_HOST ? { host: values.MEILI_HOST, apiKey: values.MEILI_API_KEY } : undefined,
    redisUrl: values.REDIS_URL,
    publicUrl,
    secureCookies: new URL(publicUrl).protocol === 'https:',
    demoMode: values.DEMO_MODE ?? values.DATABASE_URL === undefined,
    webDistDir: values.WEB_DIST_DIR,
    logLevel: values.LOG_LEVEL,
    collaboration: {
      storeDebounceMs: values.COLLAB_STORE_DEBOUNCE_MS,
      storeMaxWaitMs: values.COLLAB_STORE_MAX_WAIT_MS,
      quietMs: values.COLLAB_QUIET_MS,
      maxMessageBytes: values.COLLAB_MAX_MESSAGE_BYTES,
      maxDocumentBytes: values.COLLAB_MAX_DOCUMENT_BYTES,
    },
    reviews: { defaultIntervalMonths: values.REVIEW_DEFAULT_MONTHS, sweepMinutes: values.REVIEW_SWEEP_MINUTES },
    mail: values.SMTP_URL ? { smtpUrl: values.SMTP_URL, from: values.MAIL_FROM } : undefined,
    materials: { maxFileBytes: values.MATERIAL_MAX_FILE_BYTES },
  };
}
