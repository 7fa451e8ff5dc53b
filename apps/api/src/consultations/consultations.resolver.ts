import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, AppConfig } from '@app/config';
import {
  Consultation,
  ConsultationComment,
  ConsultationCommentsService,
  ConsultationSection,
  ConsultationStatus,
  ConsultationsService,
} from '@app/consultations';
import { Actor, webPages } from '@app/core';
import type { Member } from '@app/members';
import { CurrentActor, NoArgs, OptionalActor, optionalActor, reachable } from '../graphql/current-actor.decorator';
import { ConsultationStatusEnum } from '../graphql/enums';
import type { GraphqlContext } from '../graphql/graphql-context';
import { RequireRole } from '../graphql/roles.guard';
import { MemberModel } from '../members/member.model';
import { ConsultationCommentModel, ConsultationInput, ConsultationModel, ConsultationSectionModel } from './consultation.model';

@Resolver(() => ConsultationModel)
export class ConsultationsResolver {
  constructor(
    private readonly consultationsService: ConsultationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => [ConsultationModel], { description: 'Newest first; drafts not yet open only for organizers' })
  consultations(
    @OptionalActor() viewer: Actor | null,
    @Args('status', { type: () => ConsultationStatusEnum, nullable: true }) status: ConsultationStatusEnum | null,
  ): Promise<Consultation[]> {
    return this.consultationsService.list(viewer, (status as ConsultationStatus | null) ?? null);
  }

  @Query(() => ConsultationModel, { nullable: true, description: 'null when unknown, or a draft not yet open and the caller is not an organizer' })
  consultation(@OptionalActor() viewer: Actor | null, @Args('id', { type: () => ID }) id: string): Promise<Consultation | null> {
    return this.consultationsService.find(viewer, id);
  }

  @Mutation(() => ConsultationModel, { description: 'Organizers: open a draft for comments; the document is split into sections at its headings' })
  @RequireRole('ORGANIZER')
  createConsultation(@CurrentActor() actor: Actor, @Args('input', { type: () => ConsultationInput }) input: ConsultationInput): Promise<Consultation> {
    return this.consultationsService.create(actor, input);
  }

  @ResolveField(() => ConsultationStatusEnum)
  status(consultation: Consultation): ConsultationStatus {
    return this.consultationsService.statusOf(consultation);
  }

  @ResolveField(() => [ConsultationSectionModel])
  sections(consultation: Consultation, _args: NoArgs, context: GraphqlContext): Promise<ConsultationSection[]> {
    return context.loaders.consultationSections.load(consultation.id);
  }

  @ResolveField(() => Int, { description: 'Comments not hidden by moderation' })
  commentCount(consultation: Consultation, _args: NoArgs, context: GraphqlContext): Promise<number> {
    return context.loaders.consultationCommentCount.load(consultation.id);
  }

  @ResolveField(() => String, { description: 'The summary of comments and answers, as Markdown (GET, text/markdown)' })
  reportUrl(consultation: Consultation): string {
    return webPages.consultationReport(this.config.publicUrl, consultation.id, 'md');
  }

  @ResolveField(() => String, { description: 'The same summary as a printable HTML page' })
  reportHtmlUrl(consultation: Consultation): string {
    return webPages.consultationReport(this.config.publicUrl, consultation.id, 'html');
  }
}

@Resolver(() => ConsultationSectionModel)
export class ConsultationSectionResolver {
  @ResolveField(() => [ConsultationCommentModel], { description: 'Oldest first; hidden ones only for organizers' })
  comments(section: ConsultationSection, _args: NoArgs, context: GraphqlContext): Promise<ConsultationComment[]> {
    return context.loaders.sectionComments.load(section.id);
  }

  @ResolveField(() => Int, { description: 'Comments not hidden by moderation' })
  async commentCount(section: ConsultationSection, _args: NoArgs, context: GraphqlContext): Promise<number> {
    return (await context.loaders.sectionComments.load(section.id)).filter((comment) => comment.hiddenAt === null).length;
  }

  @ResolveField(() => ConsultationModel)
  async consultation(section: ConsultationSection, _args: NoArgs, context: GraphqlContext): Promise<Consultation> {
    return reachable(await context.loaders.consultation.load(section.consultationId), 'Consultation', section.consultationId);
  }
}

@Resolver(() => ConsultationCommentModel)
export class ConsultationCommentResolver {
  constructor(private readonly comments: ConsultationCommentsService) {}

  @Mutation(() => ConsultationCommentModel, { description: 'Members, while the consultation is OPEN (CONFLICT before it opens and after it closes)' })
  commentOnSection(
    @CurrentActor() actor: Actor,
    @Args('sectionId', { type: () => ID }) sectionId: string,
    @Args('body') body: string,
  ): Promise<ConsultationComment> {
    return this.comments.comment(actor, sectionId, body);
  }

  @Mutation(() => ConsultationCommentModel, {
    description: 'The author, within 15 minutes of writing, while the consultation is open and the comment not answered',
  })
  editConsultationComment(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('body') body: string): Promise<ConsultationComment> {
    return this.comments.edit(actor, id, body);
  }

  @Mutation(() => ConsultationCommentModel, { description: 'Organizers: answer a comment, taken in (accepted) or not; the answer can be changed' })
  @RequireRole('ORGANIZER')
  respondToComment(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('response') response: string,
    @Args('accepted') accepted: boolean,
  ): Promise<ConsultationComment> {
    return this.comments.respond(actor, id, response, accepted);
  }

  @Mutation(() => ConsultationCommentModel, { description: 'Organizers: hide a comment out of the view of members and from the report' })
  @RequireRole('ORGANIZER')
  hideConsultationComment(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
  ): Promise<ConsultationComment> {
    return this.comments.setHidden(actor, id, true, reason);
  }

  @Mutation(() => ConsultationCommentModel, { description: 'Organizers: show a hidden comment again' })
  @RequireRole('ORGANIZER')
  unhideConsultationComment(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ConsultationComment> {
    return this.comments.setHidden(actor, id, false, null);
  }

  @ResolveField(() => ConsultationSectionModel)
  async section(comment: ConsultationComment, _args: NoArgs, context: GraphqlContext): Promise<ConsultationSection> {
    return (await context.loaders.consultationSection.load(comment.sectionId)) as ConsultationSection;
  }

  @ResolveField(() => MemberModel)
  async author(comment: ConsultationComment, _args: NoArgs, context: GraphqlContext): Promise<Member> {
    return (await context.loaders.member.load(comment.authorId)) as Member;
  }

  @ResolveField(() => Boolean)
  hidden(comment: ConsultationComment): boolean {
    return comment.hiddenAt !== null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Why moderation hid it (hidden comments reach organizers only)' })
  hiddenReason(comment: ConsultationComment, _args: NoArgs, context: GraphqlContext): string | null {
    return comment.hiddenAt && this.comments.canSeeHidden(optionalActor(context)) ? comment.hiddenReason : null;
  }

  @ResolveField(() => Boolean, { description: "The caller's own comment, still editable: within 15 minutes, not answered, consultation open" })
  async editableByMe(comment: ConsultationComment, _args: NoArgs, context: GraphqlContext): Promise<boolean> {
    const viewer = optionalActor(context);
    if (!viewer || viewer.memberId !== comment.authorId) return false;
    const consultation = await context.loaders.consultation.load(comment.consultationId);
    return !!consultation && this.comments.canEdit(viewer, comment, consultation);
  }
}
