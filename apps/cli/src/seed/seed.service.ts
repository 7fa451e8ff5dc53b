import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SEED_ORGANIZATIONS } from './seed-data';

export interface SeedReport {
  organizationsAdded: number;
}

/** Demo data from the seed article. Every step inserts only what is missing: safe to run twice. */
@Injectable()
export class SeedService {
  constructor(private readonly dataSource: DataSource) {}

  async run(): Promise<SeedReport> {
    return this.dataSource.transaction(async (manager) => {
      let organizationsAdded = 0;
      for (const organization of SEED_ORGANIZATIONS) {
        const rows: unknown[] = await manager.query(
          `INSERT INTO organizations (name, short_name, kind, website) VALUES ($1, $2, $3, $4)
           ON CONFLICT ((lower(name))) DO NOTHING RETURNING id`,
          [organization.name, organization.shortName, organization.kind, organization.website],
        );
        organizationsAdded += rows.length;
      }
      return { organizationsAdded };
    });
  }
}
