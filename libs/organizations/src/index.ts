export * from './organization.entity';
export * from './organizations.service';
export * from './organizations.module';
