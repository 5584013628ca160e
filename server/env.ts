import { z } from 'zod';

/** Everything the server reads from its environment, parsed once, with clear errors. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(8080),
  /** unset → data/500in5.sqlite; file:PATH → that SQLite file; postgres://… → PostgreSQL. */
  DATABASE_URL: z.string().trim().optional(),
  /** demo (default): seed the demo pipeline into an empty database; none: start empty. */
  SEED: z.enum(['demo', 'none']).default('demo'),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(12, 'ADMIN_PASSWORD must have at least 12 characters').optional(),
  /** Other origins whose pages may send mutations, comma-separated (e.g. http://localhost:5173). */
  ALLOWED_ORIGINS: z
    .string()
    .optional()
    .transform((value) => (value ?? '').split(',').map((origin) => origin.trim()).filter(Boolean)),
  /** Threads that run the heavy reads of an SQLite file (decision 033); 0 reads on the main thread. */
  SQLITE_READERS: z.coerce.number().int().min(0).max(16).default(2),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
});

export type Env = z.output<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join('\n  ')}`);
  }
  return result.data;
}
