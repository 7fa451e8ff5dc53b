import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { HUE_TIME_ZONE } from '@app/core';

export interface OpenDataFile {
  filename: string;
  body: Buffer;
  etag: string;
}

export const OPEN_DATA_FILES = ['organizations', 'projects', 'supports'] as const;
export type OpenDataName = (typeof OPEN_DATA_FILES)[number];

/** Quotes a cell when needed (RFC 4180), and defuses cells a spreadsheet would run as a formula. */
export function openDataCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value !== 'number' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The ecosystem as open data: organisations, projects and supports as CSV (UTF-8 with BOM so
 * spreadsheet programs read Vietnamese), public fields only — no contacts, names of people or e-mails.
 */
@Injectable()
export class OpenDataService {
  constructor(private readonly dataSource: DataSource) {}

  async build(name: OpenDataName): Promise<OpenDataFile> {
    const [header, sql] = QUERIES[name];
    const rows: Record<string, string | number | null>[] = await this.dataSource.query(sql);
    const lines = [header.join(','), ...rows.map((row) => header.map((column) => openDataCell(row[column] ?? null)).join(','))];
    const body = Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8');
    return { filename: `${name}.csv`, body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"` };
  }
}

const QUERIES: Record<OpenDataName, [string[], string]> = {
  organizations: [
    ['id', 'name', 'short_name', 'kind', 'description', 'sectors', 'services', 'address', 'latitude', 'longitude', 'website'],
    `SELECT id, name, short_name, kind, description, array_to_string(sectors, '; ') AS sectors, array_to_string(services, '; ') AS services,
            address, latitude, longitude, website
       FROM organizations ORDER BY name, id`,
  ],
  projects: [
    ['id', 'name', 'summary', 'stage', 'sectors', 'team_size', 'company_id', 'company_name', 'founded_on', 'registered_on'],
    `SELECT p.id, p.name, p.summary, p.stage, array_to_string(p.sectors, '; ') AS sectors, p.team_size, p.company_id, o.name AS company_name,
            p.founded_on::text AS founded_on, to_char(p.created_at AT TIME ZONE '${HUE_TIME_ZONE}', 'YYYY-MM-DD') AS registered_on
       FROM startup_projects p LEFT JOIN organizations o ON o.id = p.company_id ORDER BY p.name, p.id`,
  ],
  supports: [
    ['id', 'project_id', 'project_name', 'provider_id', 'provider_name', 'kind', 'started_on', 'ended_on', 'note', 'verified'],
    `SELECT s.id, s.project_id, p.name AS project_name, s.provider_id, o.name AS provider_name, s.kind, s.started_on::text AS started_on,
            s.ended_on::text AS ended_on, s.note, CASE WHEN s.verified_at IS NULL THEN 'false' ELSE 'true' END AS verified
       FROM supports s JOIN startup_projects p ON p.id = s.project_id JOIN organizations o ON o.id = s.provider_id
      ORDER BY s.started_on, s.id`,
  ],
};
