/**
 * The web app's pages that e-mails link to (docs/API.md, "The web app"): people land on the page that
 * shows the thing, in their language, rather than on a raw api route.
 */
export const webPages = {
  meetup: (publicUrl: string, meetupId: string): string => `${publicUrl}/meetups/${meetupId}`,
  issue: (publicUrl: string, issueId: string): string => `${publicUrl}/issues/${issueId}`,
  organization: (publicUrl: string, organizationId: string): string => `${publicUrl}/organizations/${organizationId}`,
  assignments: (publicUrl: string): string => `${publicUrl}/assignments`,
  issues: (publicUrl: string): string => `${publicUrl}/issues`,
  consultation: (publicUrl: string, consultationId: string): string => `${publicUrl}/consultations/${consultationId}`,
  consultations: (publicUrl: string): string => `${publicUrl}/consultations`,
  /** The summary of comments (Markdown); `.html` beside it is the printable page. */
  consultationReport: (publicUrl: string, consultationId: string, format: 'md' | 'html' = 'md'): string =>
    `${publicUrl}/consultations/${consultationId}/report.${format}`,
};
