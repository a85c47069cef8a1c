import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  // Every capability's tables (and the platform's mail outbox); src/app/capabilities.ts lists the same.
  schema: ['./src/*/schema.ts', './src/platform/mail/schema.ts', './src/platform/jobs/schema.ts'],
  out: './migrations',
});
