export * from './member.entity';
export * from './members.service';
export * from './members.module';
export * from './members.repository';
