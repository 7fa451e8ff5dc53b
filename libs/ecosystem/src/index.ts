export * from './startup-project.entity';
export * from './support.entity';
export * from './programme-target.entity';
export * from './ecosystem-input';
export * from './startup-projects.service';
export * from './programme-targets.service';
export * from './open-data.read-model';
export * from './ecosystem.module';
