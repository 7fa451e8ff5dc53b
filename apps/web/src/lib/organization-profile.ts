/** What an organisation's ecosystem profile holds, as its edit form takes it (shown on the organisation's page). */
export interface OrganizationProfileValues {
  id: string;
  description?: string | null;
  sectors: string[];
  services: string[];
  address?: string | null;
  website?: string | null;
  location?: { latitude: number; longitude: number } | null;
}
