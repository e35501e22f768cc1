import { defineConfig } from 'drizzle-kit';

/** One schema and one migration history serve both PGlite and PostgreSQL (15 or newer). */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/store/schema/index.ts',
  out: './drizzle',
});
