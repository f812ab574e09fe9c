/**
 * Readability of English prose: the Flesch–Kincaid grade level. Issue 10 asks that every English lesson body
 * reads at grade 9 or below, so library visitors can follow it without a dictionary.
 *
 * Syllables are counted with a rule-based estimate (vowel groups, silent final "e", "-le" endings), which is
 * what most readability tools do; it is exact for common words and within one syllable for most others.
 */

/** Letters-only lower-case words; numbers and symbols are not words for readability purposes. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => /[a-z]/.test(word))
}

/**
 * The number of sentences: runs of text ended by ".", "!", "?" or ":" followed by a space or the end. Decimal
 * points ("1.5") and abbreviations like "e.g." are not sentence ends.
 */
export function countSentences(text: string): number {
  const cleaned = text.replace(/\b(e\.g|i\.e|etc|vs|no|art)\./gi, '$1').replace(/(\d)\.(\d)/g, '$1$2')
  const ends = cleaned.match(/[.!?:]+(\s|$)/g)?.length ?? 0
  // Text without a final full stop (a heading, a list item) still counts as one sentence.
  return Math.max(1, ends + (/[.!?:]\s*$/.test(cleaned.trim()) ? 0 : 1))
}

/**
 * Estimated syllables in one lower-case word.
 *
 * @example
 * countSyllables('blockchain') // 2
 */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '')
  if (w.length === 0) return 0
  if (w.length <= 3) return 1
  let stem = w
  // A final silent "e" ("make", "code") adds no syllable, but "-le" after a consonant ("table") does.
  if (/[^aeiouy]e$/.test(stem) && !/[^aeiouy]le$/.test(stem)) stem = stem.slice(0, -1)
  // "-es" and "-ed" endings are usually silent ("makes", "used"), except after t/d or s-like sounds.
  else if (/[^aeiouy]es$/.test(stem) && !/(s|x|z|ch|sh|ge|ce)es$/.test(stem)) stem = stem.slice(0, -2)
  else if (/[^aeiouytd]ed$/.test(stem)) stem = stem.slice(0, -2)
  const groups = stem.match(/[aeiouy]+/g)?.length ?? 0
  return Math.max(1, groups)
}

/** Counts behind a grade, so a failing test can say why. */
export interface ReadabilityStats {
  readonly words: number
  readonly sentences: number
  readonly syllables: number
  /** Flesch–Kincaid grade level: 0.39 × words/sentence + 11.8 × syllables/word − 15.59. */
  readonly grade: number
}

/**
 * The Flesch–Kincaid grade level of `text` with the counts behind it.
 *
 * @example
 * readability('The cat sat on the mat.').grade // about -1.5: very easy
 */
export function readability(text: string): ReadabilityStats {
  const words = wordsOf(text)
  const sentences = countSentences(text)
  const syllables = words.reduce((sum, word) => sum + countSyllables(word), 0)
  if (words.length === 0) return { words: 0, sentences, syllables: 0, grade: 0 }
  const grade = 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59
  return { words: words.length, sentences, syllables, grade }
}
