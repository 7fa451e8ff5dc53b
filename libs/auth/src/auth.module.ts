import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MembersModule } from '@app/members';
import { AccessTokens } from './access-tokens';
import { SignInService } from './sign-in.service';
import { SignInToken } from './sign-in-token.entity';

@Module({
  imports: [TypeOrmModule.forFeature([SignInToken]), MembersModule],
  providers: [SignInService, AccessTokens],
  exports: [SignInService, AccessTokens],
})
export class AuthModule {}
