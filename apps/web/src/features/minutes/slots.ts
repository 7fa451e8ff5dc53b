import { createSlot } from '../../lib/slots';

/** Giving an assignment from a decision, in the minutes editor (filled by app/feature-slots.tsx). */
export const CreateAssignmentSlot = createSlot<{ meetupId: string; decisionId: string; defaultTitle: string; issueId: string | null }>('CreateAssignment');
