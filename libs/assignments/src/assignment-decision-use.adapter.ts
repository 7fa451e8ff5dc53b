import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DecisionUsePort } from '@app/minutes';
import { anyFromDecisions } from './assignments.repository';

/** How the minutes feature learns whether work was given from a decision, without depending on assignments. */
@Injectable()
export class AssignmentDecisionUse extends DecisionUsePort {
  anyUsed(manager: EntityManager, decisionIds: readonly string[]): Promise<boolean> {
    return anyFromDecisions(manager, decisionIds);
  }
}
