export * from './organization.entity';
export * from './organizations.service';
export * from './organizations.module';
export * from './organizations.repository';
export * from './affiliation.entity';
export * from './affiliations.service';
