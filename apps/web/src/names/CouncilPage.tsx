import { settled, useLoad } from '../api/hooks.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { namesApi } from './api.ts'
import { errorText } from './error-text.ts'
import { formatTime } from './format.ts'
import { NamesPage } from './NamesPage.tsx'

/** `/names/council`: stakeholder groups and their seats, and proposals with a tally per group. */
export function CouncilPage() {
  const { t, locale } = useI18n()
  const { value, error } = settled(useLoad(namesApi.council, []))
  return (
    <NamesPage title={t('names.council.title')}>
      <p className="lead">{t('names.council.intro')}</p>
      {error === null ? null : (
        <p className="names-notice" role="alert">
          {errorText(t, error)}
        </p>
      )}
      {value === null && error === null ? <p role="status">{t('names.loading')}</p> : null}
      {value === null ? null : (
        <>
          <table className="names-table">
            <caption>{t('names.council.groups')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('names.council.group')}</th>
                <th scope="col">{t('names.council.members')}</th>
                <th scope="col">{t('names.council.seats')}</th>
              </tr>
            </thead>
            <tbody>
              {value.groups.map((g) => (
                <tr key={g.index}>
                  <th scope="row">{g.name}</th>
                  <td>{g.members}</td>
                  <td>{g.seats}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{t('names.council.proposals')}</h2>
          {value.proposals.length === 0 ? <p>{t('names.council.none')}</p> : null}
          {value.proposals.map((p) => (
            <table className="names-table" key={p.id}>
              <caption>
                {t('names.council.proposal', { id: p.id, description: p.description })}{' '}
                <span className="hint">
                  {t('names.council.state', {
                    state: p.state,
                    votes: p.votes,
                    quorum: p.quorum,
                    end: formatTime(locale, p.voteEnd),
                  })}
                </span>
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('names.council.group')}</th>
                  <th scope="col">{t('names.council.for')}</th>
                  <th scope="col">{t('names.council.against')}</th>
                  <th scope="col">{t('names.council.abstain')}</th>
                </tr>
              </thead>
              <tbody>
                {p.tallies
                  .filter((tally) => tally.voting)
                  .map((tally) => (
                    <tr key={tally.group}>
                      <th scope="row">{tally.name}</th>
                      <td>{tally.for}</td>
                      <td>{tally.against}</td>
                      <td>{tally.abstain}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          ))}
        </>
      )}
    </NamesPage>
  )
}
