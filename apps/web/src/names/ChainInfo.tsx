import { useI18n } from '../i18n/I18nProvider.tsx'
import { useNames } from './names-context.ts'

/** Where the names live: the embedded dev chain (with its RPC URL, for adding it to a wallet) or a configured chain. */
export function ChainInfo() {
  const { t } = useI18n()
  const { overview } = useNames()
  if (overview === null) return null
  return (
    <section aria-labelledby="names-chain-h">
      <h2 id="names-chain-h">{t('names.chain.title')}</h2>
      <dl className="names-facts">
        <dt>{t('names.chain.kind')}</dt>
        <dd>{overview.kind === 'embedded' ? t('names.chain.embedded') : t('names.chain.rpc')}</dd>
        <dt>{t('names.chain.id')}</dt>
        <dd>{overview.chainId}</dd>
        <dt>{t('names.chain.root')}</dt>
        <dd>{overview.rootName}</dd>
        {overview.rpcUrl === null ? null : (
          <>
            <dt>{t('names.chain.rpcUrl')}</dt>
            <dd>
              <code>{overview.rpcUrl}</code>
            </dd>
          </>
        )}
      </dl>
      {overview.kind === 'embedded' ? <p className="hint">{t('names.chain.devNote')}</p> : null}
    </section>
  )
}
