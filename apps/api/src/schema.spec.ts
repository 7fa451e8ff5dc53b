import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printApiSchema } from './print-schema';

describe('schema.graphql', () => {
  it('is committed and matches the code-first schema (run `npm run schema:print` after an API change)', async () => {
    const committed = readFileSync(join(__dirname, '..', '..', '..', 'schema.graphql'), 'utf8');
    expect(committed).toBe(await printApiSchema());
  });
});
