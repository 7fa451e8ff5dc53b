import { useId, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { PageHeading } from '../../components/PageHeading';
import { ProblemMessage } from '../../components/ProblemMessage';
import { useSession } from '../../lib/session';
import { useI18n } from '../../lib/i18n/i18n-context';
import { signInTokenFrom } from './sign-in-token';

const RequestSignInDocument = graphql(`
  mutation RequestSignIn($email: String!, $name: String) {
    requestSignIn(email: $email, name: $name)
  }
`);

const SignInDocument = graphql(`
  mutation SignIn($token: String!) {
    signIn(token: $token) { accessToken member { id name locale } }
  }
`);

/**
 * Ask for a link by e-mail; the link lands here with its token in the fragment (never sent to a
 * server), and one press spends it, so mail scanners that open links do not.
 */
export function SignInPage() {
  const { t } = useI18n();
  // The link may open in a tab where the app already runs: the fragment is read on every change.
  const token = signInTokenFrom(useLocation().hash);
  const { signedIn, member } = useSession();
  if (token) return <FinishSignIn key={token} token={token} />;
  return (
    <>
      <PageHeading title={t('signIn.title')} />
      {signedIn ? (
        <p>
          {t('signIn.already', { name: member?.name ?? '' })} <Link to="/">{t('nav.home')}</Link>
        </p>
      ) : (
        <RequestLink />
      )}
    </>
  );
}

function RequestLink() {
  const { t } = useI18n();
  const ids = { email: useId(), name: useId() };
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [result, request] = useMutation(RequestSignInDocument);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const devMailPath = devMailPage();
  const send = async () => {
    const answer = await request({ email: email.trim(), name: name.trim() || null });
    if (answer.data?.requestSignIn) setSentTo(email.trim());
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };
  if (sentTo) {
    return (
      <div role="status">
        <p>{t('signIn.sent', { email: sentTo })}</p>
        <p className="muted">{t('signIn.sentHint')}</p>
        {devMailPath ? (
          <p>
            {/* A page of the server, not of the app: a full page load. */}
            <a href={devMailPath}>{t('signIn.devMail')}</a>
          </p>
        ) : null}
        <button type="button" onClick={() => setSentTo(null)}>
          {t('signIn.again')}
        </button>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} className="form">
      <p>{t('signIn.intro')}</p>
      <div className="field">
        <label htmlFor={ids.email}>{t('signIn.email')}</label>
        <input id={ids.email} type="email" autoComplete="email" inputMode="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.name}>{t('signIn.name')}</label>
        <input id={ids.name} autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} aria-describedby={`${ids.name}-hint`} />
        <p id={`${ids.name}-hint`} className="hint">
          {t('signIn.nameHint')}
        </p>
      </div>
      <ProblemMessage error={result.error} onRetry={() => void send()} />
      <p>
        <button type="submit" className="button button--primary" disabled={result.fetching}>
          {result.fetching ? t('common.sending') : t('signIn.send')}
        </button>
      </p>
    </form>
  );
}

/**
 * Where captured mail can be read, when the server says so (development without SMTP: a
 * `dev-mail` meta tag in the page); null otherwise.
 */
function devMailPage(): string | null {
  const path = document.querySelector<HTMLMetaElement>('meta[name="dev-mail"]')?.content ?? '';
  return path.startsWith('/dev/') ? path : null;
}

function FinishSignIn({ token }: { token: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { start } = useSession();
  const [result, signIn] = useMutation(SignInDocument);
  const finish = async () => {
    const answer = await signIn({ token });
    const payload = answer.data?.signIn;
    if (payload) {
      start(payload.accessToken);
      window.history.replaceState(null, '', '/sign-in');
      navigate('/', { replace: true });
    }
  };
  return (
    <>
      <PageHeading title={t('signIn.finishTitle')} />
      <p>{t('signIn.finishIntro')}</p>
      <p>
        <button type="button" className="button button--primary" disabled={result.fetching} onClick={() => void finish()}>
          {t('signIn.finish')}
        </button>
      </p>
      <ProblemMessage error={result.error} onRetry={() => void finish()} />
      {result.error && !result.error.networkError ? (
        <p>
          <Link to="/sign-in" onClick={() => window.history.replaceState(null, '', '/sign-in')} reloadDocument>
            {t('signIn.newLink')}
          </Link>
        </p>
      ) : null}
    </>
  );
}
