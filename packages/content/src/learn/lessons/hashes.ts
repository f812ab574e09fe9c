import type { LessonInput } from '../input.ts'

export const hashes: LessonInput = {
  slug: 'hashes',
  title: 'Hashes: fingerprints for data',
  summary:
    'A hash turns any data into a short code. The same data always gives the same code, and a tiny change gives a very different one.',
  objectives: [
    'Explain what a hash function does.',
    'Say why a hash shows that data was changed.',
    'Explain why a hash of a guessable value does not hide it.',
  ],
  sections: [
    {
      id: 'what-a-hash-is',
      heading: 'What a hash is',
      paragraphs: [
        'A hash function is a recipe that a computer follows. You give it any data: a word, a photo, a whole book. It gives back a short code of fixed length, called a hash or a digest. People often call it a fingerprint of the data.',
        'The same data always gives the same hash. So if you and a friend both hash a file and get the same code, you can be almost sure you hold the same file. You do not need to compare the files line by line.',
        'Bitcoin and many other systems use a hash function called SHA-256. It was made public in a United States standard. Its output is 256 bits long. Written out, that is a string of 64 letters and digits.',
      ],
      citations: [{ source: 'fips-180-4' }, { source: 'nistir-8202' }],
    },
    {
      id: 'small-change-big-difference',
      heading: 'A small change makes a big difference',
      paragraphs: [
        'Change one letter of the input, and the hash looks totally new. There is no pattern that links the old code to the new one. This is what makes a hash useful as a seal. If even one comma in a record is changed, the hash will not match any more.',
        'A good hash function also works only one way. From the data, the hash is quick to compute. From the hash alone, there is no known shortcut back to the data. The only way is to guess inputs and test each one.',
        'It should also be very hard to find two different inputs with the same hash. If that were easy, a cheat could swap one record for another and keep the same seal.',
      ],
      citations: [{ source: 'nistir-8202' }, { source: 'fips-180-4' }],
    },
    {
      id: 'hashes-in-blockchains',
      heading: 'How blockchains use hashes',
      paragraphs: [
        'Each block stores the hash of the block before it. This is what links the blocks into a chain. If someone edits an old block, its hash changes, and the next block no longer points to it.',
        'Hashes are also used to make short addresses from long public keys, and to build a summary of all the records in a block. With that summary, a phone can check that one payment is in a block without reading the whole block.',
        'In Bitcoin, hashes are also at the heart of mining. Miners must find a block whose hash starts with enough zeros. The only way is to try again and again. You can try this yourself in the block demo.',
      ],
      citations: [{ source: 'nistir-8202' }, { source: 'nakamoto-2008' }],
    },
    {
      id: 'what-hashes-do-not-hide',
      heading: 'What a hash does not hide',
      paragraphs: [
        'Some people think that a hash keeps data secret. That is only true when the data is hard to guess. If the input is a phone number or a birth date, there are not that many choices. A computer can hash every possible value and see which one matches.',
        'Data protection bodies have warned about this. A plain hash of a name or an ID number can still be personal data. Adding a secret random value before hashing, and keeping that value off the chain, makes guessing much harder.',
      ],
      citations: [
        { source: 'wp29-wp216', note: 'written under Directive 95/46/EC' },
        { source: 'edpb-0225', note: 'version for public consultation' },
      ],
    },
  ],
  quiz: [
    {
      id: 'same-input',
      prompt: 'You hash the same text twice with SHA-256. What do you get?',
      options: ['Two different codes', 'The same code both times', 'An error, because text can only be hashed once'],
      answer: 1,
      explanation:
        'A hash function always gives the same output for the same input. That is why matching hashes show that two copies of data are the same.',
    },
    {
      id: 'one-letter',
      prompt: 'You change one letter in a long document. What happens to its hash?',
      options: [
        'It changes in one place only.',
        'It stays the same, because the change is small.',
        'It changes completely and shows no link to the old hash.',
      ],
      answer: 2,
      explanation:
        'Even a tiny change gives a hash that looks unrelated to the old one. This is what lets a hash act as a seal on data.',
    },
    {
      id: 'reverse',
      prompt: 'Can you work out the data from its SHA-256 hash?',
      options: [
        'Yes, there is a simple formula to reverse it.',
        'Not directly. You can only guess inputs and compare their hashes.',
        'Yes, but only with the private key.',
      ],
      answer: 1,
      explanation:
        'A hash function works one way. There is no known shortcut back, so the only method is to guess. That is why short or common inputs, like phone numbers, can still be found.',
    },
    {
      id: 'phone-number',
      prompt: 'A project stores the hash of each user’s phone number on a public chain. Is the number now hidden?',
      options: [
        'Yes, a hash can never be undone.',
        'No, someone can hash all possible phone numbers and find the match.',
        'Yes, because phone numbers are not personal data.',
      ],
      answer: 1,
      explanation:
        'There are few enough phone numbers that a computer can hash them all. Regulators warn that such a hash can still be personal data. A secret random value kept off the chain makes guessing much harder.',
    },
  ],
  relatedDemos: ['hash', 'block'],
  seeAlso: [{ path: '/privacy-map', label: 'Privacy map: hashing and personal data' }],
  checked: '2026-11-27',
}
