export * from './minutes.entity';
export * from './minutes.service';
export * from './minutes-export';
export * from './minutes.module';
export * from './minutes-atom';
