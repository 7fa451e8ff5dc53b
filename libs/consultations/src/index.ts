export * from './consultation.entity';
export * from './consultation-section.entity';
export * from './consultation-comment.entity';
export * from './document-sections';
export * from './consultations.service';
export * from './consultation-comments.service';
export * from './consultation-report.read-model';
export * from './consultations.module';
