import type DataLoader from 'dataloader';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { AgendaItem } from '@app/meetups';
import type { GraphqlContext } from '../graphql/graphql-context';
import { selectedFields, selectsOnly } from '../graphql/selection';

/** Issue fields a preview answers: its plain columns, and the submitter. */
const PREVIEW_ISSUE_FIELDS = new Set(['__typename', 'id', 'title', 'kind', 'status', 'supportCount', 'createdAt', 'updatedAt', 'submitter']);
/** Submitter fields a preview answers. */
const PREVIEW_MEMBER_FIELDS = new Set(['__typename', 'id', 'name', 'role']);

/**
 * Which loader answers `Meetup.agenda` for this selection: without `issue`, the agenda rows alone;
 * when the issues and submitters are asked only for what a list of agendas shows (title, status,
 * submitter's name…), a preview with a few of their columns; otherwise the whole rows, which also
 * fill the `issue` and `member` loaders. Reading whole rows was most of a home page request's CPU
 * (docs/BENCHMARKS.md).
 */
export function agendaLoaderFor(context: GraphqlContext, info: GraphQLResolveInfo): DataLoader<string, AgendaItem[]> {
  // graphql-js hands every meetup of a list the same fieldNodes: decide once per selection.
  let shape = shapes.get(info.fieldNodes);
  if (!shape) {
    shape = agendaShape(info);
    shapes.set(info.fieldNodes, shape);
  }
  return shape === 'items' ? context.loaders.agendaItemsOnly : shape === 'previews' ? context.loaders.agendaPreviews : context.loaders.agendaItems;
}

type AgendaShape = 'items' | 'previews' | 'whole';
const shapes = new WeakMap<readonly FieldNode[], AgendaShape>();

function agendaShape(info: GraphQLResolveInfo): AgendaShape {
  const issue = selectedFields(info, info.fieldNodes).get('issue');
  if (!issue) return 'items';
  const issueFields = selectedFields(info, issue);
  for (const name of issueFields.keys()) if (!PREVIEW_ISSUE_FIELDS.has(name)) return 'whole';
  const submitter = issueFields.get('submitter');
  if (submitter && !selectsOnly(info, submitter, PREVIEW_MEMBER_FIELDS)) return 'whole';
  return 'previews';
}
