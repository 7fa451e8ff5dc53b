export * from './member-data-export.read-model';
export * from './account-deletion.service';
export * from './privacy.module';
