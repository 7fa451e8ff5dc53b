import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '@app/organizations';
import { MeetupsModule } from '@app/meetups';
import { Member } from '@app/members';
import { CommentsService } from './comments.service';
import { Issue } from './issue.entity';
import { IssueComment } from './issue-comment.entity';
import { IssuesService } from './issues.service';

@Module({
  // Member: agendas are read with their issues' submitters (IssuesService.agendasWithIssuesOf).
  imports: [TypeOrmModule.forFeature([Issue, IssueComment, Member]), MeetupsModule, OrganizationsModule],
  providers: [IssuesService, CommentsService],
  exports: [IssuesService, CommentsService],
})
export class IssuesModule {}
