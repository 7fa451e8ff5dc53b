export type NodeEnv = 'development' | 'test' | 'production';

/** The whole configuration of a process, validated once at start. */
export interface AppConfig {
  nodeEnv: NodeEnv;
  isProduction: boolean;
  port: number;
  publicUrl: string;
  /** Where local state lives: the embedded database, captured mail, the development JWT secret. */
  varDir: string;
  /** The built web app the api serves (`npm run build:web` writes it). */
  webAppDir: string;
  logLevel: string;
  /** Built calendar feeds kept per process (0: build every feed on every request). */
  feedCacheEntries: number;
  /** Public feeds: how long a process answers a matching If-None-Match without asking the database. */
  feedRevalidateSeconds: number;
  /** Answer each request's SQL statement count in `X-Query-Count` (tests and benchmarks). */
  countQueries: boolean;
  /** Execute GraphQL operations compiled by graphql-jit (apps/api/src/graphql/jit-executor.ts); off: graphql-js. */
  graphqlJit: boolean;
  /**
   * Which peers may say, in X-Forwarded-For, whose request they pass on (express's `trust proxy`):
   * names (`loopback`, `linklocal`, `uniquelocal`), addresses and CIDR ranges, or a hop count;
   * false trusts no one. The client address found is what sign-in limits per client count.
   */
  trustProxy: string[] | number | false;
  /** Serve the background jobs in the api process too (the `npm start` default). */
  runWorker: boolean;
  /**
   * Load the demo data when `npm start` creates its embedded database (outside production;
   * SEED=false leaves the new database empty). A database DATABASE_URL names is never seeded
   * at start: `npm run seed` does it on purpose.
   */
  seedNewDatabase: boolean;
  database: {
    /** Unset means: start the embedded PostgreSQL under `varDir`. */
    url: string | null;
    embeddedPort: number;
    poolSize: number;
    /** How long a request waits for a pooled connection before it is refused as TOO_MANY_REQUESTS. */
    acquireTimeoutMs: number;
  };
  mail: {
    /** Unset means: write each message to `captureDir` as an .eml file. */
    smtpUrl: string | null;
    from: string;
    captureDir: string;
    /**
     * Captured mail can be read in the browser at `/dev/mail`: only without SMTP_URL and
     * outside production.
     */
    devMailPage: boolean;
  };
  auth: {
    jwtSecret: string;
    accessTokenTtlSeconds: number;
    signInTokenTtlSeconds: number;
    /** Lower-case; outside production, DEVELOPMENT_ADMIN_EMAIL when ADMIN_EMAILS is unset. */
    adminEmails: string[];
    signInRequestsPerAddressPerHour: number;
    signInRequestsPerClientPerHour: number;
    /** Mutations one member may run per minute. */
    mutationsPerMemberPerMinute: number;
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
