import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MeetupsModule } from '@app/meetups';
import { CommentsService } from './comments.service';
import { Issue } from './issue.entity';
import { IssueComment } from './issue-comment.entity';
import { IssuesService } from './issues.service';

@Module({
  imports: [TypeOrmModule.forFeature([Issue, IssueComment]), MeetupsModule],
  providers: [IssuesService, CommentsService],
  exports: [IssuesService, CommentsService],
})
export class IssuesModule {}
