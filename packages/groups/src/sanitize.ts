import sanitizeHtml from 'sanitize-html'

/**
 * Cleans a post's HTML for the web archive and for re-sending: sanitize-html's default allow-list (text
 * formatting, lists, tables, links; no scripts, styles, forms, frames or images, which could track readers), links
 * limited to http, https and mailto and marked so the archive passes no referrer or authority to them.
 */
export function sanitisePostHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedAttributes: { a: ['href', 'title'] },
    transformTags: {
      a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener noreferrer ugc' }),
    },
  })
}
