export * from './issue.entity';
export * from './issue-comment.entity';
export * from './issue-input';
export * from './issue-lifecycle';
export * from './issue-timeline';
export * from './issues.service';
export * from './comments.service';
export * from './issues.module';
