import DataLoader from 'dataloader';
import { Member, MembersService } from '@app/members';
import { Organization, OrganizationsService } from '@app/organizations';

/** One DataLoader per relation, made fresh for each request (no cache shared between callers). */
export interface Loaders {
  organization: DataLoader<string, Organization | null>;
  member: DataLoader<string, Member | null>;
}

export interface LoaderSources {
  organizations: OrganizationsService;
  members: MembersService;
}

export function createLoaders(sources: LoaderSources): Loaders {
  return {
    organization: new DataLoader((ids) => sources.organizations.findByIds(ids)),
    member: new DataLoader((ids) => sources.members.findByIds(ids)),
  };
}
