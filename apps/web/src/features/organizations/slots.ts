import type { AssignmentSummaryFragment } from '../../gql/graphql';
import type { OrganizationProfileValues } from '../../lib/organization-profile';
import { createSlot } from '../../lib/slots';

/** Where other features show on an organisation's page (filled by app/feature-slots.tsx). */
export const OrganizationProfileFormSlot = createSlot<{ organization: OrganizationProfileValues; onSaved: () => void }>('OrganizationProfileForm');
export const AssignmentListItemSlot = createSlot<{ assignment: AssignmentSummaryFragment; onChanged?: () => void }>('AssignmentListItem');
