import { EntityManager } from 'typeorm';

/**
 * What the minutes feature asks the assignments feature, which stands above it: whether work was
 * given from a decision (such a decision cannot be removed from the minutes, only reworded). The
 * assignments module provides it; minutes do not depend on assignments.
 */
export abstract class DecisionUsePort {
  /** Whether any of these decisions has an assignment that came from it, in the caller's transaction. */
  abstract anyUsed(manager: EntityManager, decisionIds: readonly string[]): Promise<boolean>;
}
