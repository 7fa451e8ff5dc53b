export * from './minutes.entity';
export * from './minutes.service';
export * from './minutes-export.read-model';
export * from './minutes.module';
export * from './minutes-atom.read-model';
export * from './minutes.repository';
export * from './decision-use.port';
export * from './minutes-visibility';
