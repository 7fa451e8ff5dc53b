import { lazy, type ReactNode } from 'react';
import { RsvpPanel } from '../features/rsvps/RsvpPanel';
import { IssueModerationSlot } from '../features/issues/slots';
import { MinutesViewSlot, RsvpPanelSlot, SelfCheckInSlot } from '../features/meetups/slots';
import { CreateAssignmentSlot } from '../features/minutes/slots';
import { AssignmentListItemSlot, OrganizationProfileFormSlot } from '../features/organizations/slots';

// The RSVP panel is on the home page's first screen: loaded with it. The rest load when shown.
const SelfCheckIn = lazy(() => import('../features/rsvps/SelfCheckIn').then((m) => ({ default: m.SelfCheckIn })));
const MinutesView = lazy(() => import('../features/minutes/MinutesView').then((m) => ({ default: m.MinutesView })));
const IssueModerationPanel = lazy(() => import('../features/moderation/IssueModerationPanel').then((m) => ({ default: m.IssueModerationPanel })));
const CreateAssignmentForm = lazy(() => import('../features/assignments/CreateAssignmentForm').then((m) => ({ default: m.CreateAssignmentForm })));
const AssignmentListItem = lazy(() => import('../features/assignments/AssignmentListItem').then((m) => ({ default: m.AssignmentListItem })));
const OrganizationProfileForm = lazy(() => import('../features/ecosystem/OrganizationProfileForm').then((m) => ({ default: m.OrganizationProfileForm })));

/** Fills every feature's slots with the components of the features that go there (lib/slots.tsx). */
export function FeatureSlots({ children }: { children: ReactNode }) {
  return (
    <RsvpPanelSlot.context.Provider value={RsvpPanel}>
      <SelfCheckInSlot.context.Provider value={SelfCheckIn}>
        <MinutesViewSlot.context.Provider value={MinutesView}>
          <IssueModerationSlot.context.Provider value={IssueModerationPanel}>
            <CreateAssignmentSlot.context.Provider value={CreateAssignmentForm}>
              <AssignmentListItemSlot.context.Provider value={AssignmentListItem}>
                <OrganizationProfileFormSlot.context.Provider value={OrganizationProfileForm}>{children}</OrganizationProfileFormSlot.context.Provider>
              </AssignmentListItemSlot.context.Provider>
            </CreateAssignmentSlot.context.Provider>
          </IssueModerationSlot.context.Provider>
        </MinutesViewSlot.context.Provider>
      </SelfCheckInSlot.context.Provider>
    </RsvpPanelSlot.context.Provider>
  );
}
