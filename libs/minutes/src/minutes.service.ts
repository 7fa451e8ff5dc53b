import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor, Clock, DomainError, isUuid, optionalText, requireId, requireText } from '@app/core';
import { enqueueOutbox, recordAudit } from '@app/database';
import { countIssuesAmong, followersOfIssues, moveIssue, recordIssueEvent } from '@app/issues';
import { agendaOfMeetup, assertCanManageSeries, lockMeetupForSeats, meetupAccessFor } from '@app/meetups';
import { countMembersAmong } from '@app/members';
import { checkedInMembers } from '@app/rsvps';
import { DecisionUsePort } from './decision-use.port';
import { Decision, ItemNote, Minutes, MinutesVersion } from './minutes.entity';
import { canSeeMinutes } from './minutes-visibility';
import { linkedIssueIds, removeDecisions, snapshotVersion, versionsOfMinutes } from './minutes.repository';

export interface DecisionInput {
  /** An existing decision to keep (amendments keep ids, so assignments stay linked). */
  id?: string | null;
  text: string;
  issueIds?: string[] | null;
}

export interface MinutesInput {
  summary?: string | null;
  decisions?: DecisionInput[] | null;
  attendeeIds?: string[] | null;
  itemNotes?: ItemNote[] | null;
}

/**
 * Minutes (biên bản): organizers keep a draft, publish it as version 1, and afterwards change
 * it only by amendment (a new version with a reason; earlier versions stay readable).
 * Publishing moves the issues its decisions discuss from ON_AGENDA to DISCUSSED.
 */
@Injectable()
export class MinutesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly decisionUse: DecisionUsePort,
  ) {}

  /** Published minutes for everyone who may see the meetup; drafts for the series' managers (`canSeeMinutes`). */
  async forMeetup(viewer: Actor | null, meetupId: string): Promise<Minutes | null> {
    if (!isUuid(meetupId)) return null;
    const [minutes] = await this.visibleOfMeetups(viewer, [meetupId]);
    return minutes;
  }

  /** The minutes of each meetup as the viewer may see them (`canSeeMinutes`), null otherwise. For DataLoaders. */
  async visibleOfMeetups(viewer: Actor | null, meetupIds: readonly string[]): Promise<(Minutes | null)[]> {
    const ids = meetupIds.filter(isUuid);
    if (ids.length === 0) return meetupIds.map(() => null);
    const rows = await this.dataSource.getRepository(Minutes).findBy({ meetupId: In(ids) });
    const access = await meetupAccessFor(
      this.dataSource.manager,
      viewer,
      rows.map((row) => row.meetupId),
    );
    return meetupIds.map((id) => rows.find((row) => row.meetupId === id && canSeeMinutes(row, access.get(id))) ?? null);
  }

  /** Decisions by id, as the viewer may see them: those of minutes they may see (`canSeeMinutes`). For DataLoaders. */
  async visibleDecisionsByIds(viewer: Actor | null, ids: readonly string[]): Promise<(Decision | null)[]> {
    const wanted = ids.filter(isUuid);
    const decisions = wanted.length ? await this.dataSource.getRepository(Decision).findBy({ id: In(wanted) }) : [];
    const minutes = decisions.length ? await this.dataSource.getRepository(Minutes).findBy({ id: In([...new Set(decisions.map((d) => d.minutesId))]) }) : [];
    const access = await meetupAccessFor(
      this.dataSource.manager,
      viewer,
      minutes.map((m) => m.meetupId),
    );
    const visibleMinutes = new Set(minutes.filter((m) => canSeeMinutes(m, access.get(m.meetupId))).map((m) => m.id));
    return ids.map((id) => decisions.find((d) => d.id === id && visibleMinutes.has(d.minutesId)) ?? null);
  }

  /** Whether the viewer manages the meetup's series (keeps its minutes). */
  async canManage(viewer: Actor | null, meetupId: string): Promise<boolean> {
    if (!viewer || !isUuid(meetupId)) return false;
    return (await meetupAccessFor(this.dataSource.manager, viewer, [meetupId])).get(meetupId)?.manages ?? false;
  }

  /** Current decisions of many minutes, in order. For DataLoaders. */
  async decisionsOf(minutesIds: readonly string[]): Promise<Decision[][]> {
    const rows = await this.dataSource
      .getRepository(Decision)
      .createQueryBuilder('d')
      .where('d.minutes_id IN (:...ids) AND d.removed_in_version IS NULL', { ids: [...minutesIds] })
      .orderBy('d.position', 'ASC')
      .getMany();
    return minutesIds.map((id) => rows.filter((row) => row.minutesId === id));
  }

  async versionsOf(minutesId: string): Promise<MinutesVersion[]> {
    return versionsOfMinutes(this.dataSource.manager, minutesId);
  }

  /** Creates or edits the draft. Attendees start from the meetup's check-ins. */
  async save(actor: Actor, meetupId: string, input: MinutesInput): Promise<Minutes> {
    requireId('meetupId', meetupId);
    return this.dataSource.transaction(async (manager) => {
      await this.lockMeetupForMinutes(manager, actor, meetupId);
      let minutes = await manager.getRepository(Minutes).findOne({ where: { meetupId }, lock: { mode: 'pessimistic_write' } });
      if (minutes?.status === 'PUBLISHED') throw DomainError.conflict('These minutes are published; change them with amendMinutes and a reason');
      if (!minutes) {
        const checkedIn = await checkedInMembers(manager, meetupId);
        minutes = await manager
          .getRepository(Minutes)
          .save(manager.getRepository(Minutes).create({ meetupId, attendeeIds: checkedIn, itemNotes: [], createdBy: actor.memberId }));
      }
      await this.applyInput(manager, minutes, input, meetupId, null);
      return manager.getRepository(Minutes).findOneByOrFail({ id: minutes.id });
    });
  }

  /** Freezes the draft as version 1; its issues become DISCUSSED; attendees and followers hear of it. */
  async publish(actor: Actor, meetupId: string): Promise<Minutes> {
    requireId('meetupId', meetupId);
    return this.dataSource.transaction(async (manager) => {
      await this.lockMeetupForMinutes(manager, actor, meetupId);
      const minutes = await manager.getRepository(Minutes).findOne({ where: { meetupId }, lock: { mode: 'pessimistic_write' } });
      if (!minutes) throw DomainError.conflict('There is no draft to publish; save the minutes first');
      if (minutes.status === 'PUBLISHED') throw DomainError.conflict('These minutes are already published');
      const now = this.clock.now();
      await manager.getRepository(Minutes).update({ id: minutes.id }, { status: 'PUBLISHED', version: 1, publishedAt: now });
      await snapshotVersion(manager, minutes.id, 1, null, actor.memberId, now);
      await recordAudit(manager, {
        actorId: actor.memberId,
        action: 'minutes.publish',
        targetType: 'minutes',
        targetId: minutes.id,
        after: { version: 1 },
        at: now,
      });
      await this.afterPublication(manager, actor, minutes.id, meetupId, 1, now, []);
      return manager.getRepository(Minutes).findOneByOrFail({ id: minutes.id });
    });
  }

  /** Changes published minutes as a new version, with the reason; earlier versions stay. */
  async amend(actor: Actor, meetupId: string, input: MinutesInput, reasonInput: string): Promise<Minutes> {
    requireId('meetupId', meetupId);
    const reason = requireText('reason', reasonInput, { max: 2000, multiline: true });
    return this.dataSource.transaction(async (manager) => {
      await this.lockMeetupForMinutes(manager, actor, meetupId);
      const minutes = await manager.getRepository(Minutes).findOne({ where: { meetupId }, lock: { mode: 'pessimistic_write' } });
      if (!minutes || minutes.status !== 'PUBLISHED') throw DomainError.conflict('Only published minutes are amended; edit the draft with saveMinutes');
      const version = minutes.version + 1;
      const linkedBefore = await linkedIssueIds(manager, minutes.id);
      await this.applyInput(manager, minutes, input, meetupId, version);
      const now = this.clock.now();
      await manager.getRepository(Minutes).update({ id: minutes.id }, { version });
      await snapshotVersion(manager, minutes.id, version, reason, actor.memberId, now);
      await recordAudit(manager, {
        actorId: actor.memberId,
        action: 'minutes.amend',
        targetType: 'minutes',
        targetId: minutes.id,
        before: { version: version - 1 },
        after: { version, reason },
        at: now,
      });
      await this.afterPublication(manager, actor, minutes.id, meetupId, version, now, linkedBefore);
      return manager.getRepository(Minutes).findOneByOrFail({ id: minutes.id });
    });
  }

  private async applyInput(manager: EntityManager, minutes: Minutes, input: MinutesInput, meetupId: string, amendingTo: number | null): Promise<void> {
    const changes: Partial<Minutes> = {};
    if (input.summary !== undefined) changes.summary = optionalText('summary', input.summary, { max: 50000, multiline: true });
    if (input.attendeeIds) {
      if (input.attendeeIds.length > 2000) throw DomainError.badInput('attendeeIds', 'must list at most 2000 members');
      const ids = [...new Set(input.attendeeIds.map((id) => requireId('attendeeIds', id)))];
      if ((await countMembersAmong(manager, ids)) !== ids.length) throw DomainError.badInput('attendeeIds', 'every attendee must be a member');
      changes.attendeeIds = ids;
    }
    if (input.itemNotes) {
      const items = await agendaOfMeetup(manager, meetupId);
      const known = new Set(items.map((i) => i.id));
      changes.itemNotes = input.itemNotes.map((n) => {
        if (!isUuid(n.agendaItemId) || !known.has(n.agendaItemId))
          throw DomainError.badInput('itemNotes.agendaItemId', 'must be an agenda item of this meetup');
        return { agendaItemId: n.agendaItemId, note: requireText('itemNotes.note', n.note, { max: 20000, multiline: true }) };
      });
    }
    if (Object.keys(changes).length) await manager.getRepository(Minutes).update({ id: minutes.id }, changes);
    if (input.decisions) await this.replaceDecisions(manager, minutes.id, input.decisions, amendingTo);
  }

  /**
   * Draft: the decisions are replaced. Amendment: listed ids are kept (text may change),
   * new ones added, missing ones marked removed in this version — unless an assignment
   * came from them.
   */
  private async replaceDecisions(manager: EntityManager, minutesId: string, decisions: DecisionInput[], amendingTo: number | null): Promise<void> {
    if (decisions.length > 200) throw DomainError.badInput('decisions', 'must list at most 200 decisions');
    const checked = decisions.map((d) => ({
      id: d.id ? requireId('decisions.id', d.id) : null,
      text: requireText('decisions.text', d.text, { max: 10000, multiline: true }),
      issueIds: [...new Set((d.issueIds ?? []).map((id) => requireId('decisions.issueIds', id)))],
    }));
    const issueIds = [...new Set(checked.flatMap((d) => d.issueIds))];
    if (issueIds.length) {
      if ((await countIssuesAmong(manager, issueIds)) !== issueIds.length) throw DomainError.badInput('decisions.issueIds', 'every linked issue must exist');
    }
    const repository = manager.getRepository(Decision);
    const current = await repository.find({ where: { minutesId } });
    const currentIds = new Set(current.filter((d) => d.removedInVersion === null).map((d) => d.id));
    for (const d of checked) {
      if (d.id && !currentIds.has(d.id)) throw DomainError.badInput('decisions.id', 'must be a decision of these minutes');
    }
    const kept = new Set(checked.map((d) => d.id).filter((id): id is string => !!id));
    const dropped = [...currentIds].filter((id) => !kept.has(id));
    if (dropped.length) {
      if (await this.decisionUse.anyUsed(manager, dropped)) {
        throw DomainError.conflict('A decision that assignments came from cannot be removed; amend its text instead');
      }
      await removeDecisions(manager, dropped, amendingTo);
    }
    // Positions are rewritten from the order given.
    for (const [index, d] of checked.entries()) {
      if (d.id) await repository.update({ id: d.id }, { text: d.text, issueIds: d.issueIds, position: index + 1 });
      else await repository.save(repository.create({ minutesId, text: d.text, issueIds: d.issueIds, position: index + 1 }));
    }
  }

  /** Issues discussed move on; each gets the decision on its timeline; people are told (outbox). */
  private async afterPublication(
    manager: EntityManager,
    actor: Actor,
    minutesId: string,
    meetupId: string,
    version: number,
    at: Date,
    alreadyLinked: string[],
  ): Promise<void> {
    const decisions = await manager.getRepository(Decision).find({ where: { minutesId }, order: { position: 'ASC' } });
    const before = new Set(alreadyLinked);
    for (const decision of decisions.filter((d) => d.removedInVersion === null)) {
      for (const issueId of decision.issueIds) {
        if (before.has(issueId)) continue;
        await recordIssueEvent(manager, {
          issueId,
          type: 'DECISION',
          actorId: actor.memberId,
          note: decision.text,
          data: { meetupId, decisionId: decision.id, version },
          at,
        });
        await moveIssue(manager, issueId, { to: 'DISCUSSED', onlyFrom: ['ON_AGENDA'], actorId: actor.memberId, data: { meetupId }, at });
      }
    }
    // Attendees, and the submitters and supporters of the issues decided on.
    const attendees = (await manager.getRepository(Minutes).findOneByOrFail({ id: minutesId })).attendeeIds;
    const followers = await followersOfIssues(manager, await linkedIssueIds(manager, minutesId));
    const recipients = [...new Set([...attendees, ...followers])].sort();
    await enqueueOutbox(
      manager,
      recipients.map((memberId) => ({ kind: 'minutes.published', memberId, payload: { meetupId, minutesId, version } })),
    );
  }

  private async lockMeetupForMinutes(manager: EntityManager, actor: Actor, meetupId: string): Promise<void> {
    const meetup = await lockMeetupForSeats(manager, meetupId);
    if (!meetup) throw DomainError.notFound('Meetup', meetupId);
    await assertCanManageSeries(manager, actor, meetup.seriesId);
  }
}
