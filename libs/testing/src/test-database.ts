import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Written by the e2e global set-up: the server and the migrated template each test file copies. */
export const TEST_DATABASE_FILE = join(__dirname, '..', '..', '..', 'var', 'test-database.json');

export interface TestDatabaseServer {
  serverUrl: string;
  template: string;
}

export function writeTestDatabaseServer(server: TestDatabaseServer): void {
  mkdirSync(dirname(TEST_DATABASE_FILE), { recursive: true });
  writeFileSync(TEST_DATABASE_FILE, JSON.stringify(server));
}

function readTestDatabaseServer(): TestDatabaseServer {
  try {
    return JSON.parse(readFileSync(TEST_DATABASE_FILE, 'utf8')) as TestDatabaseServer;
  } catch {
    throw new Error(`the e2e global set-up did not run (${TEST_DATABASE_FILE} is missing)`);
  }
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(serverUrl: string, name: string, template?: string): Promise<string> {
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`));
  return withDatabase(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file: a copy of the template made by the global set-up. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const { serverUrl, template } = readTestDatabaseServer();
  const name = `${template}_${randomBytes(4).toString('hex')}`;
  const url = await createDatabase(serverUrl, name, template);
  return { url, name, drop: () => dropDatabase(serverUrl, name) };
}
