import { EntityManager } from 'typeorm';

/** Sign-in links sent to an address go (its member deleted their account). */
export async function deleteSignInTokensFor(db: EntityManager, email: string): Promise<void> {
  await db.query('DELETE FROM sign_in_tokens WHERE email = $1', [email]);
}

/** Spent and expired sign-in links older than `before` go. */
export async function deleteSignInTokensExpiredBefore(db: EntityManager, before: Date): Promise<void> {
  await db.query('DELETE FROM sign_in_tokens WHERE expires_at < $1', [before]);
}
