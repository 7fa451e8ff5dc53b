import { EntityManager } from 'typeorm';

/** Sign-in links sent to an address go (its member deleted their account). */
export async function deleteSignInTokensFor(db: EntityManager, email: string): Promise<void> {
  await db.query('DELETE FROM sign_in_tokens WHERE email = $1', [email]);
}
