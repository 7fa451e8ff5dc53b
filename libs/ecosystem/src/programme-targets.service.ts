import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { Actor, Clock, DomainError, hasRole } from '@app/core';
import { recordAudit } from '@app/database';
import { ProgrammeTarget } from './programme-target.entity';
import { ProgrammeTargetCommand, localDateOf, validateTarget } from './ecosystem-input';
import { countTargetEvents } from './programme-targets.read-model';
import { targetTitleTaken } from './ecosystem.repository';

export interface TargetYear {
  year: number;
  /** Counted within this year's part of the window. */
  achieved: number;
  /** Counted from the window's start to the end of this year (what the bars grow to). */
  cumulative: number;
}

export interface TargetProgress extends ProgrammeTarget {
  achieved: number;
  /** How much of the goal the elapsed part of the window calls for (rounded down). */
  expectedByNow: number;
  onTrack: boolean;
  byYear: TargetYear[];
}

/** The scheme's targets (admins set them) and the progress measured from the platform's data. */
@Injectable()
export class ProgrammeTargetsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<TargetProgress[]> {
    const targets = await this.dataSource.getRepository(ProgrammeTarget).find({ order: { endsOn: 'ASC', title: 'ASC' } });
    return Promise.all(targets.map((target) => this.measure(target)));
  }

  /** Admins: a new target, or with `id` a change to one. */
  async set(actor: Actor, input: ProgrammeTargetCommand): Promise<TargetProgress> {
    if (!hasRole(actor.role, 'ADMIN')) throw DomainError.forbidden('Only admins can set programme targets');
    const fields = validateTarget(input);
    const saved = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ProgrammeTarget);
      if (await targetTitleTaken(manager, fields.title, fields.id ?? null)) throw DomainError.conflict(`A target titled "${fields.title}" already exists`);
      const values = { title: fields.title, metric: fields.metric, goal: fields.goal, startsOn: fields.startsOn, endsOn: fields.endsOn };
      let id: string;
      if (fields.id) {
        const existing = await repository.findOneBy({ id: fields.id });
        if (!existing) throw DomainError.notFound('Programme target', fields.id);
        await repository.update({ id: fields.id }, values);
        id = fields.id;
      } else {
        id = (await repository.save(repository.create(values))).id;
      }
      await recordAudit(manager, {
        actorId: actor.memberId,
        action: fields.id ? 'target.update' : 'target.create',
        targetType: 'programme_target',
        targetId: id,
        after: values,
      });
      return repository.findOneByOrFail({ id });
    });
    return this.measure(saved);
  }

  /** Achieved, the years' trend and whether progress keeps pace with the days elapsed. */
  async measure(target: ProgrammeTarget): Promise<TargetProgress> {
    const now = this.clock.now();
    const today = localDateOf(now);
    const firstYear = Number(target.startsOn.slice(0, 4));
    const lastYear = Math.min(Number(target.endsOn.slice(0, 4)), Number(today.slice(0, 4)));
    const rows = await countTargetEvents(this.dataSource.manager, target.metric, target.startsOn, target.endsOn, now, firstYear, lastYear);
    const achieved = rows.find((row) => row.year === null)?.achieved ?? 0;
    const byYear = rows.filter((row) => row.year !== null).map((row) => ({ year: row.year as number, achieved: row.achieved, cumulative: row.cumulative }));
    const start = DateTime.fromISO(target.startsOn, { zone: 'utc' });
    const totalDays = DateTime.fromISO(target.endsOn, { zone: 'utc' }).diff(start, 'days').days + 1;
    const elapsedDays = Math.min(totalDays, Math.max(0, DateTime.fromISO(today, { zone: 'utc' }).diff(start, 'days').days + 1));
    const expectedByNow = Math.floor((target.goal * elapsedDays) / totalDays);
    // On track when the share of the goal reached is at least the share of the window elapsed.
    const onTrack = achieved >= target.goal || achieved * totalDays >= target.goal * elapsedDays;
    return Object.assign(target, { achieved, expectedByNow, onTrack, byYear });
  }
}
