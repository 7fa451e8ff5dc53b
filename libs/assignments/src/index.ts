export * from './assignment.entity';
export * from './assignments.service';
export * from './assignments.module';
export * from './assignments.repository';
export * from './assignment-reports.read-model';
