import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '@app/organizations';
import { Member } from './member.entity';
import { MembersService } from './members.service';

@Module({
  imports: [TypeOrmModule.forFeature([Member]), OrganizationsModule],
  providers: [MembersService],
  exports: [MembersService],
})
export class MembersModule {}
