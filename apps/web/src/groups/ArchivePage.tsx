import { type FormEvent, useCallback, useId, useState } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import { settled, useLoad } from '../api/hooks.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { Page } from '../layout/Page.tsx'
import { groupsApi } from './api.ts'

/**
 * A list's archive as threads, with search. Senders appear by display name only. HTML posts were cleaned on the
 * server with an allow-list (no scripts, styles, images or event handlers) before they were stored.
 */
export function ArchivePage() {
  const { t, locale } = useI18n()
  const id = useId()
  const slug = useParams().slug ?? ''
  const [params, setParams] = useSearchParams()
  const query = params.get('q') ?? ''
  const [draft, setDraft] = useState(query)
  const load = useCallback(() => groupsApi.archive(slug, query), [slug, query])
  const { value, error } = settled(useLoad(load, [load]))

  function search(event: FormEvent) {
    event.preventDefault()
    setParams(draft.trim() === '' ? {} : { q: draft.trim() })
  }

  return (
    <Page title={t('groups.archive.title', { list: slug })}>
      <p>
        <Link to={slug === 'announce' ? '/groups' : `/groups/${slug}`}>{t('groups.nav.home')}</Link>
      </p>
      <search>
        <form className="groups-form" onSubmit={search}>
          <div>
            <label htmlFor={`${id}-q`}>{t('groups.archive.search')}</label>
            <input id={`${id}-q`} type="search" value={draft} onChange={(e) => setDraft(e.target.value)} />
          </div>
          <div>
            <button type="submit">{t('groups.archive.submit')}</button>
          </div>
        </form>
      </search>
      {error === null ? null : (
        <p role="alert" className="groups-error">
          {error.message}
        </p>
      )}
      {value === null && error === null ? <p role="status">{t('groups.loading')}</p> : null}
      {value === null ? null : value.threads.length === 0 ? (
        <p>{t('groups.archive.empty')}</p>
      ) : (
        value.threads.map((thread) => (
          <article key={thread.root.id} className="groups-card" aria-labelledby={`${id}-${thread.root.id}`}>
            <h2 id={`${id}-${thread.root.id}`}>
              {t('groups.archive.thread', { subject: thread.root.subject, count: thread.messages.length })}
            </h2>
            {thread.messages.map((post) => (
              <section key={post.id} className="groups-post" aria-label={post.subject}>
                <h3>{post.subject}</h3>
                <p>
                  {t('groups.archive.from', {
                    name: post.senderName,
                    date: new Date(post.receivedAt).toLocaleString(locale),
                  })}
                </p>
                {post.html === null ? (
                  <p className="groups-post-text">{post.text}</p>
                ) : (
                  // Sanitised on the server with an allow-list before storage (packages/groups/src/sanitize.ts).
                  // biome-ignore lint/security/noDangerouslySetInnerHtml: the HTML was sanitised by the server
                  <div className="groups-post-text" dangerouslySetInnerHTML={{ __html: post.html }} />
                )}
              </section>
            ))}
          </article>
        ))
      )}
    </Page>
  )
}
