import DataLoader from 'dataloader';
import { AgendaItem, AgendaService, MeetupSeries, MeetupSeriesService } from '@app/meetups';
import { Member, MembersService } from '@app/members';
import { Organization, OrganizationsService } from '@app/organizations';

/** One DataLoader per relation, made fresh for each request (no cache shared between callers). */
export interface Loaders {
  organization: DataLoader<string, Organization | null>;
  member: DataLoader<string, Member | null>;
  series: DataLoader<string, MeetupSeries | null>;
  seriesOrganizerIds: DataLoader<string, string[]>;
  agendaItems: DataLoader<string, AgendaItem[]>;
}

export interface LoaderSources {
  organizations: OrganizationsService;
  members: MembersService;
  series: MeetupSeriesService;
  agenda: AgendaService;
}

export function createLoaders(sources: LoaderSources): Loaders {
  return {
    organization: new DataLoader((ids) => sources.organizations.findByIds(ids)),
    member: new DataLoader((ids) => sources.members.findByIds(ids)),
    series: new DataLoader((ids) => sources.series.findByIds(ids)),
    seriesOrganizerIds: new DataLoader((ids) => sources.series.organizerIdsOf(ids)),
    agendaItems: new DataLoader((ids) => sources.agenda.itemsOf(ids)),
  };
}
