import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDocument } from '@urql/core';
import { buildSchema, parse, print, specifiedRules, validate, type DocumentNode } from 'graphql';
import type { AppConfig } from '@app/config';
import * as webDocuments from '../../../web/src/gql/graphql';
import { PARSE_OPTIONS, graphqlArmor } from './graphql-limits';

/**
 * Every query and mutation the web app sends, as urql sends it, is valid against the committed schema and within
 * the limits the api enforces before any resolver (tokens, cost, depth): a page the server would refuse
 * fails here, not in a member's browser.
 */
describe('the web app documents', () => {
  const schema = buildSchema(readFileSync(join(__dirname, '..', '..', '..', '..', 'schema.graphql'), 'utf8'));
  const rules = [...specifiedRules, ...graphqlArmor({ isProduction: true } as AppConfig).validationRules];
  const documents = Object.entries(webDocuments).filter(([name]) => name.endsWith('Document')) as [string, DocumentNode][];

  it('are there to check', () => {
    expect(documents.length).toBeGreaterThan(20);
  });

  it.each(documents)('%s passes the schema and the limits', (_name, document) => {
    // As sent: urql adds __typename to every selection set (its cache needs them), which costs too.
    const sent = formatDocument(document) as DocumentNode;
    // The server parses the printed text with its token limit, then validates with its rules.
    const parsed = parse(print(sent), PARSE_OPTIONS);
    expect(validate(schema, parsed, rules).map((error) => error.message)).toEqual([]);
  });
});
