/**
 * Saves `text` as a file from the browser. The dataset is already in the page, so downloads are built here from
 * the same export functions the tests check, with the media type set on the file.
 */
export function downloadText(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.click()
  // Revoke after the click has been handled, not synchronously, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
