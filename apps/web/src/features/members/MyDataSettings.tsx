import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { ProblemMessage } from '../../components/ProblemMessage';
import { useSession } from '../../lib/session';
import { readAccessToken } from '../../lib/auth-token';
import { useI18n } from '../../lib/i18n/i18n-context';
import { downloadWithToken } from '../../lib/text-search';

const DeleteMyAccountDocument = graphql(`
  mutation DeleteMyAccount($confirmEmail: String!) {
    deleteMyAccount(confirmEmail: $confirmEmail)
  }
`);

/** Decree 13/2023: everything held about me, as a file; and erasing my account. */
export function MyDataSettings() {
  const { t } = useI18n();
  const { end } = useSession();
  const emailId = useId();
  const [downloadFailed, setDownloadFailed] = useState(false);
  const [confirmEmail, setConfirmEmail] = useState('');
  const [result, deleteAccount] = useMutation(DeleteMyAccountDocument);

  const download = async () => {
    setDownloadFailed(false);
    try {
      await downloadWithToken('/me/data.json', readAccessToken(), 'my-data.json');
    } catch {
      setDownloadFailed(true);
    }
  };
  const erase = async () => {
    const answer = await deleteAccount({ confirmEmail: confirmEmail.trim() });
    if (answer.data?.deleteMyAccount) end();
  };
  const onDelete = (event: FormEvent) => {
    event.preventDefault();
    void erase();
  };

  return (
    <section aria-labelledby="my-data">
      <h2 id="my-data">{t('me.data')}</h2>
      <p>{t('me.dataIntro')}</p>
      <p>
        <button type="button" className="button" onClick={() => void download()}>
          {t('me.dataDownload')}
        </button>
      </p>
      {downloadFailed ? (
        <p role="alert" className="problem">
          {t('error.network')}
        </p>
      ) : null}
      <h3>{t('me.delete')}</h3>
      <p>{t('me.deleteIntro')}</p>
      <form onSubmit={onDelete} className="form">
        <div className="field">
          <label htmlFor={emailId}>{t('me.deleteConfirm')}</label>
          <input id={emailId} type="email" autoComplete="off" required value={confirmEmail} onChange={(e) => setConfirmEmail(e.target.value)} />
        </div>
        <ProblemMessage error={result.error} onRetry={() => void erase()} />
        <p>
          <button type="submit" className="button button--danger" disabled={result.fetching || !confirmEmail.trim()}>
            {t('me.deleteButton')}
          </button>
        </p>
      </form>
    </section>
  );
}
