export * from './sign-in-token.entity';
export * from './secret-token';
export * from './access-tokens';
export * from './sign-in.service';
export * from './auth.module';
export * from './sign-in-tokens.repository';
