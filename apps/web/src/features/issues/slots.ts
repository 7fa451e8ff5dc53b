import { createSlot } from '../../lib/slots';

/** Organizers' controls on an issue's page (filled by app/feature-slots.tsx with the moderation panel). */
export const IssueModerationSlot = createSlot<{ issueId: string }>('IssueModeration');
