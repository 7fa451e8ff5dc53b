import { Client } from 'pg';
import { withDatabase } from '../libs/testing/src/test-database';

/** Drops the template and every copy this run made, then stops the embedded server. */
export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__TEST_DATABASE__;
  if (!state) return;
  const client = new Client({ connectionString: withDatabase(state.serverUrl, 'postgres') });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${state.template}%`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
  await state.embedded?.stop();
}
