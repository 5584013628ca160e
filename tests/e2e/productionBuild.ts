import { build, type InlineConfig } from 'vite';

/**
 * `vite build` from inside Vitest: Vitest sets NODE_ENV=test, which would give React's
 * development build and JSX runtime. Build as production, as `npm run build` does.
 */
export async function productionBuild(config: InlineConfig) {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', ...config });
  } finally {
    process.env.NODE_ENV = previous;
  }
}
