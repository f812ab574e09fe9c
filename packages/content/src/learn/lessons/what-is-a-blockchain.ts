import type { LessonInput } from '../input.ts'

export const whatIsABlockchain: LessonInput = {
  slug: 'what-is-a-blockchain',
  title: 'What a blockchain is, and what it is not',
  summary:
    'A blockchain is a shared record that many computers keep in step. It is useful for some jobs and a poor fit for many others.',
  objectives: [
    'Say in one sentence what a blockchain is.',
    'Name the three ideas that make it work: hashes, signatures and agreement rules.',
    'Spot claims that a blockchain cannot keep.',
  ],
  sections: [
    {
      id: 'a-shared-notebook',
      heading: 'A shared notebook',
      paragraphs: [
        'Picture a notebook that a whole town keeps together. Every page lists payments or other events. Many people hold a full copy. When a new page is added, everyone checks it and adds it to their own copy. Nobody can quietly tear out an old page, because all the other copies would show that it is gone.',
        'A blockchain is a computer version of that notebook. The pages are called blocks. Each block holds a list of records, such as “Ana sends 2 coins to Ben”. The blocks are linked in order, one after the other, so they form a chain. Many computers, called nodes, keep a copy and check new blocks before they accept them.',
        'The idea was made famous by Bitcoin. In 2008 a person or group using the name Satoshi Nakamoto described a way to send digital cash from one person to another with no bank in the middle. The paper joined older ideas into one working design.',
      ],
      citations: [{ source: 'nistir-8202' }, { source: 'nakamoto-2008' }],
    },
    {
      id: 'three-ideas',
      heading: 'Three ideas that make it work',
      paragraphs: [
        'First, hashes. A hash is a short code made from some data, like a fingerprint. If the data changes even a little, the code changes a lot. Each block stores the hash of the block before it, so any change to an old block breaks the link.',
        'Second, digital signatures. Each user has a pair of keys. The private key makes a signature, and the public key lets anyone check it. A signature shows that the owner of a key agreed to a record, and that nobody changed it since.',
        'Third, rules for agreement, called consensus. The nodes need a way to agree on which new block comes next, even when some of them are slow, broken or dishonest. Bitcoin uses a costly puzzle for this. Other systems use different rules.',
      ],
      citations: [{ source: 'nistir-8202' }],
    },
    {
      id: 'what-it-is-not',
      heading: 'What a blockchain is not',
      paragraphs: [
        'A blockchain is not a magic truth machine. It only shows that a record was added and not changed later. If someone types a false fact into a block, the chain will keep that false fact safe forever. The old saying “garbage in, garbage out” still holds.',
        'A blockchain is not always private. On a public chain, anyone can read every record. Names may not be shown, but patterns of use can often point to a real person.',
        'A blockchain is not always the best tool. A normal database run by one trusted group is faster, cheaper and easier to fix. Researchers have written simple tests to help decide. If one party is trusted by all, or nobody needs to write to the record, a plain database is usually enough.',
      ],
      citations: [{ source: 'nistir-8202' }, { source: 'nakamoto-2008', note: 'section 10, on privacy' }],
    },
    {
      id: 'kinds-of-blockchain',
      heading: 'Open and closed blockchains',
      paragraphs: [
        'Some blockchains are open. Anyone can read them, send records and help run them. Bitcoin and Ethereum work this way. These are called permissionless.',
        'Other blockchains are closed. Only invited members can add blocks, and sometimes only they can read them. Banks, firms or public bodies may set one up together. These are called permissioned. They need less work to agree, but users must trust the members who run them.',
      ],
      citations: [{ source: 'nistir-8202' }],
    },
    {
      id: 'try-it',
      heading: 'Try it yourself',
      paragraphs: [
        'The demos in this area let you see each idea at work. In the hash demo, type a word and watch its fingerprint change. In the blockchain demo, change an old block and watch the chain break. These demos follow the well-known demo by Anders Brownworth, and add signatures and forks.',
      ],
      citations: [{ source: 'blockchain-demo' }],
    },
  ],
  quiz: [
    {
      id: 'copies',
      prompt: 'Why is it hard to change an old record on a public blockchain?',
      options: [
        'The record is locked with a password that only a bank knows.',
        'Many computers keep copies, and each block is linked to the one before it by a hash.',
        'The law forbids anyone from changing it.',
      ],
      answer: 1,
      explanation:
        'Each block holds the hash of the block before it, and many nodes keep copies. A change to an old block breaks the links and does not match the other copies, so it is easy to spot.',
    },
    {
      id: 'false-data',
      prompt: 'Someone writes a false fact into a blockchain. What happens?',
      options: [
        'The blockchain finds out the fact is false and deletes it.',
        'The false fact is kept, just as safely as a true one.',
        'The block is refused because it contains an error.',
      ],
      answer: 1,
      explanation:
        'A blockchain checks that records follow its rules and were not changed later. It cannot check whether a fact about the world is true. A false record is kept as firmly as a true one.',
    },
    {
      id: 'permissioned',
      prompt: 'What is a permissioned blockchain?',
      options: [
        'One where only invited members can add blocks.',
        'One that anyone in the world can help run.',
        'One that needs a court order before use.',
      ],
      answer: 0,
      explanation:
        'In a permissioned blockchain only approved members add blocks, and sometimes only they can read them. Users have to trust those members.',
    },
    {
      id: 'database',
      prompt: 'One trusted group keeps a list, and nobody else writes to it. What is usually the better tool?',
      options: ['A public blockchain', 'A normal database', 'A new cryptocurrency'],
      answer: 1,
      explanation:
        'If one trusted party writes the data, a normal database is faster, cheaper and easier to fix. A blockchain helps most when several parties who do not fully trust each other must share one record.',
    },
  ],
  relatedDemos: ['hash', 'blockchain'],
  seeAlso: [{ path: '/assess', label: 'Assess: does this project need a blockchain?' }],
  checked: '2026-11-27',
}
