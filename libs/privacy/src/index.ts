export * from './member-data-export.service';
export * from './account-deletion.service';
export * from './privacy.module';
