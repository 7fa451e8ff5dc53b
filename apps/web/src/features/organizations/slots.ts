import type { AssignmentSummaryFragment } from '../../gql/graphql';
import { createSlot } from '../../lib/slots';

/** What an organisation's edits look like to the form that makes them. */
export interface OrganizationProfileValues {
  id: string;
  description?: string | null;
  sectors: string[];
  services: string[];
  address?: string | null;
  website?: string | null;
  location?: { latitude: number; longitude: number } | null;
}

/** Where other features show on an organisation's page (filled by app/feature-slots.tsx). */
export const OrganizationProfileFormSlot = createSlot<{ organization: OrganizationProfileValues; onSaved: () => void }>('OrganizationProfileForm');
export const AssignmentListItemSlot = createSlot<{ assignment: AssignmentSummaryFragment; onChanged?: () => void }>('AssignmentListItem');
