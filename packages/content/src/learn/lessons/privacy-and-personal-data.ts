import type { LessonInput } from '../input.ts'

export const privacyAndPersonalData: LessonInput = {
  slug: 'privacy-and-personal-data',
  title: 'Privacy and personal data',
  summary:
    'Public blockchains are open to all and hard to change. That clashes with rules that let people fix or remove data about them.',
  objectives: [
    'Explain why most blockchains are not anonymous.',
    'Name two rights under data protection law that are hard to honour on a blockchain.',
    'Describe ways to keep personal data off the chain.',
  ],
  sections: [
    {
      id: 'not-anonymous',
      heading: 'Not anonymous, just pseudonymous',
      paragraphs: [
        'On a public blockchain, every payment is visible to everyone. The records show addresses, not names. But an address is like a pen name. Once someone links it to you, for example when you buy coins at an exchange that checked your ID, your whole history can be read.',
        'The Bitcoin paper itself says that privacy depends on keeping public keys apart from names. It suggests a new key pair for each payment. It also warns that payments which join several inputs show they have one owner.',
      ],
      citations: [{ source: 'nakamoto-2008', note: 'section 10, on privacy' }, { source: 'eprs-finck-2019' }],
    },
    {
      id: 'the-law',
      heading: 'What data protection law asks',
      paragraphs: [
        'In the European Union, the General Data Protection Regulation (GDPR) protects information about people. Among other things, people can ask to have wrong data fixed, and in some cases to have their data erased.',
        'A blockchain is built so that data cannot be changed or removed. So if personal data is written on a chain, these rights are hard to honour. It can also be hard to say who is responsible, when thousands of nodes all keep a copy.',
      ],
      citations: [
        { source: 'gdpr', pinpoint: 'Art. 16' },
        { source: 'gdpr', pinpoint: 'Art. 17' },
        { source: 'eprs-finck-2019' },
        { source: 'cnil-2018' },
      ],
    },
    {
      id: 'what-regulators-say',
      heading: 'What regulators advise',
      paragraphs: [
        'The French regulator, the CNIL, gave early advice in 2018. It said that people who write personal data on a chain for their work, and firms that do so, are usually responsible for that data. Someone writing for purely personal reasons is not.',
        'In April 2025 the European Data Protection Board adopted guidelines on blockchains for public consultation. They say to think about roles at the design stage, to assess risks, and to avoid storing personal data on a chain when that clashes with the law’s principles. A final version had not been found when this lesson was checked.',
      ],
      citations: [{ source: 'cnil-2018' }, { source: 'edpb-0225', note: 'version for public consultation' }],
    },
    {
      id: 'keep-it-off-chain',
      heading: 'Keeping personal data off the chain',
      paragraphs: [
        'A common design keeps the personal data in a normal database that can be fixed or wiped. The chain holds only a proof, such as a hash. If the data is deleted, the proof on the chain no longer points to anything readable.',
        'As the lesson on hashes showed, a plain hash of a guessable value does not hide it. Adding a secret random value, stored off the chain, helps. Even then, the hash is still personal data in the eyes of regulators: it is pseudonymous, not anonymous.',
      ],
      citations: [
        { source: 'edpb-0225', note: 'version for public consultation' },
        { source: 'wp29-wp216', note: 'written under Directive 95/46/EC' },
        { source: 'eprs-finck-2019' },
      ],
    },
    {
      id: 'explore-the-map',
      heading: 'Explore further',
      paragraphs: [
        'The Privacy map in blockgov sets out these tensions one by one. It shows who may be responsible, which rights are at stake, what helps and what does not, with the law of several places. Each entry cites its source.',
      ],
      citations: [{ source: 'eprs-finck-2019' }, { source: 'gdpr' }],
    },
  ],
  quiz: [
    {
      id: 'anonymous',
      prompt: 'Are payments on a public blockchain anonymous?',
      options: [
        'Yes, names are never shown, so nobody can find out.',
        'No. Addresses are pen names, and once linked to a person their history can be read.',
        'Only on weekends.',
      ],
      answer: 1,
      explanation:
        'Public chains show addresses, not names. But once an address is linked to a person, all its payments can be traced.',
    },
    {
      id: 'rights',
      prompt: 'Which GDPR rights are hard to honour when personal data is written on a blockchain?',
      options: ['The rights to have data fixed or erased', 'The right to vote', 'The right to free speech'],
      answer: 0,
      explanation:
        'A blockchain is built so data cannot be changed or removed, which clashes with the rights to rectification and erasure.',
    },
    {
      id: 'off-chain',
      prompt: 'What is a common way to reduce the problem?',
      options: [
        'Write personal data in capital letters.',
        'Keep personal data off the chain and store only a proof on it.',
        'Use a bigger block size.',
      ],
      answer: 1,
      explanation:
        'Personal data stays in a database that can be fixed or wiped, and the chain holds only a proof. Regulators still ask for care, because a proof can itself be personal data.',
    },
    {
      id: 'edpb-status',
      prompt: 'What was the status of the EDPB’s 2025 blockchain guidelines when this lesson was checked?',
      options: ['A final, binding law', 'A version adopted for public consultation', 'A court ruling'],
      answer: 1,
      explanation:
        'The guidelines were adopted in April 2025 for public consultation. No final version had been found, so they are cited as the consultation version.',
    },
  ],
  relatedDemos: ['hash'],
  seeAlso: [{ path: '/privacy-map', label: 'The Privacy map' }],
  checked: '2026-11-27',
}
