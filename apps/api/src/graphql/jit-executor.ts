import type {
  GatewayExecutionResult,
  GatewayGraphQLRequestContext,
  GatewayInterface,
  GatewaySchemaLoadOrUpdateCallback,
} from '@apollo/server-gateway-interface';
import {
  DocumentNode,
  ExecutionResult,
  GraphQLError,
  GraphQLSchema,
  TypeInfo,
  execute,
  getNamedType,
  getOperationAST,
  isInputObjectType,
  typeFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/** Distinct operations kept compiled; past this, the oldest is forgotten (and compiled again if asked). */
const MAX_COMPILED = 500;

/**
 * Executes operations with graphql-jit instead of graphql-js: each distinct operation (its text
 * and name) is compiled once into a function that walks exactly its selection, so a request does
 * not interpret the document field by field again. The operations the web app sends are a fixed
 * set, so after the first requests every one is compiled; the cache is bounded for the rest.
 *
 * It is plugged in through Apollo Server's gateway interface, the one hook Apollo Server 5 has
 * for replacing execution: Apollo still parses, validates (with the cost and depth limits) and
 * runs every plugin, then calls `executor` with the validated document. The schema is the one
 * Nest builds; `transformSchema` hands it over before Apollo starts. An operation graphql-jit
 * cannot compile runs through graphql-js as before.
 *
 * Only queries whose inputs involve no input object type with a default value are compiled:
 * graphql-jit does not apply input fields' defaults (a `CreateMeetupSeriesInput` without its
 * `recurrence` was refused), and mutations are not where the time goes. Everything else — every
 * mutation, and queries with such inputs — runs through graphql-js.
 */
export class JitExecutor implements GatewayInterface {
  private schema: GraphQLSchema | null = null;
  private callback: GatewaySchemaLoadOrUpdateCallback | null = null;
  private readonly compiled = new Map<string, CompiledQuery | null>();
  /** Input object types with a defaulted field, at any depth. */
  private defaulted = new Set<string>();

  /** For Nest's `transformSchema`: keeps the built schema and returns it unchanged. */
  readonly takeSchema = (schema: GraphQLSchema): GraphQLSchema => {
    this.schema = schema;
    this.defaulted = inputsWithDefaults(schema);
    return schema;
  };

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback): () => void {
    this.callback = callback;
    return () => {
      this.callback = null;
    };
  }

  async load(): Promise<{ executor: (context: GatewayGraphQLRequestContext) => Promise<GatewayExecutionResult> }> {
    if (!this.schema) throw new Error('JitExecutor: the schema was not handed over (transformSchema)');
    this.callback?.({ apiSchema: this.schema, coreSupergraphSdl: '' });
    return { executor: (context) => this.execute(context) };
  }

  async stop(): Promise<void> {
    this.compiled.clear();
  }

  private async execute(context: GatewayGraphQLRequestContext): Promise<GatewayExecutionResult> {
    const schema = this.schema as GraphQLSchema;
    const variables = context.request.variables ?? {};
    const query = this.compile(schema, context.document, context.source, context.operationName);
    if (!query)
      return (await execute({
        schema,
        document: context.document,
        contextValue: context.context,
        variableValues: variables,
        operationName: context.operationName,
      })) as ExecutionResult;
    // Invalid variables are refused by graphql-js's own coercion, with its errors (no original
    // error: BAD_USER_INPUT), exactly as without graphql-jit.
    const coerced = getVariableValues(schema, context.operation.variableDefinitions ?? [], variables);
    if (coerced.errors) return { errors: coerced.errors };
    const result = (await query.query(undefined, context.context, variables)) as ExecutionResult;
    if (result.errors?.some((error) => !error.path)) {
      // graphql-jit refused the request before running anything (its own variable checks, which
      // differ from graphql-js's, e.g. on defaults): graphql-js answers it, and from now on runs it.
      this.compiled.set(this.key(context.source, context.operationName), null);
      return (await execute({
        schema,
        document: context.document,
        contextValue: context.context,
        variableValues: variables,
        operationName: context.operationName,
      })) as ExecutionResult;
    }
    return result.errors ? { ...result, errors: result.errors.map(asGraphqlJsError) } : result;
  }

  private compilable(schema: GraphQLSchema, document: DocumentNode, operationName: string | null): boolean {
    if (getOperationAST(document, operationName)?.operation !== 'query') return false;
    let ok = true;
    const typeInfo = new TypeInfo(schema);
    const defaulted = this.defaulted;
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        VariableDefinition(node) {
          const type = typeFromAST(schema, node.type as never);
          if (!type || defaulted.has(getNamedType(type).name)) ok = false;
        },
        Argument() {
          const argument = typeInfo.getArgument();
          if (!argument || defaulted.has(getNamedType(argument.type).name)) ok = false;
        },
      }),
    );
    return ok;
  }

  private key(source: string, operationName: string | null): string {
    return `${operationName ?? ''}\n${source}`;
  }

  private compile(schema: GraphQLSchema, document: DocumentNode, source: string, operationName: string | null): CompiledQuery | null {
    const key = this.key(source, operationName);
    const known = this.compiled.get(key);
    if (known !== undefined) return known;
    let result: CompiledQuery | null;
    try {
      if (!this.compilable(schema, document, operationName)) throw new Error('left to graphql-js');
      const compiled = compileQuery(schema, document, operationName ?? undefined);
      result = isCompiledQuery(compiled) ? compiled : null;
    } catch {
      result = null;
    }
    if (this.compiled.size >= MAX_COMPILED) this.compiled.delete(this.compiled.keys().next().value as string);
    this.compiled.set(key, result);
    return result;
  }
}

/**
 * graphql-jit's errors descend from graphql-js's but lack its `extensions` object, which Apollo's
 * error formatting reads (it answered every such error INTERNAL_SERVER_ERROR). The same error as
 * graphql-js makes it: message, path, the resolver's original error (a DomainError keeps its code
 * through formatGraphqlError), extensions.
 */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  // The locations graphql-jit found (graphql-js derives them from nodes, which it does not keep).
  if (error.locations) Object.defineProperty(copy, 'locations', { value: error.locations, enumerable: true });
  return copy;
}

function inputsWithDefaults(schema: GraphQLSchema): Set<string> {
  const inputs = Object.values(schema.getTypeMap()).filter(isInputObjectType);
  const found = new Set<string>();
  for (let changed = true; changed;) {
    changed = false;
    for (const input of inputs) {
      if (found.has(input.name)) continue;
      const fields = Object.values(input.getFields());
      if (fields.some((field) => field.defaultValue !== undefined || found.has(getNamedType(field.type).name))) {
        found.add(input.name);
        changed = true;
      }
    }
  }
  return found;
}
