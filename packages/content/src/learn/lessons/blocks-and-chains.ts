import type { LessonInput } from '../input.ts'

export const blocksAndChains: LessonInput = {
  slug: 'blocks-and-chains',
  title: 'Blocks and chains',
  summary:
    'Records are packed into blocks, and each block points to the one before it. Change one, and every later block shows the break.',
  objectives: [
    'Name the main parts of a block.',
    'Explain why editing an old block breaks the chain.',
    'Explain what mining adds to this protection.',
  ],
  sections: [
    {
      id: 'inside-a-block',
      heading: 'What is inside a block',
      paragraphs: [
        'A block has two parts. The body holds the records, for example a list of payments. The header holds facts about the block. The most important one is the hash of the previous block. The header also holds a summary hash of all the records in the body, a time stamp, and in Bitcoin a number called the nonce.',
        'The very first block has no block before it. It is called the genesis block. Every other block points back, step by step, to that first one.',
      ],
      citations: [{ source: 'nistir-8202' }, { source: 'nakamoto-2008' }],
    },
    {
      id: 'why-editing-breaks',
      heading: 'Why editing an old block breaks the chain',
      paragraphs: [
        'Say someone changes a payment in block 10. The summary hash of block 10 changes, so the hash of its header changes too. But block 11 still holds the old hash of block 10. The link is now broken, and any node can see it.',
        'To hide the edit, the cheat would have to fix block 11 so it points to the new block 10. That changes the hash of block 11, which breaks block 12, and so on to the end. Every later block must be redone.',
        'In the blockchain demo you can try this. Edit an old block and watch every later block turn red. Then try to fix them one by one.',
      ],
      citations: [{ source: 'nistir-8202' }, { source: 'blockchain-demo' }],
    },
    {
      id: 'mining',
      heading: 'Mining makes rewriting costly',
      paragraphs: [
        'Redoing the hashes alone would be quick for a computer. Bitcoin adds a puzzle to make it slow. A block only counts if its hash is below a target number, which means it starts with many zeros. Miners change the nonce again and again and hash the header each time until they find a hash that fits.',
        'This takes a huge amount of guessing, and it uses real electricity. The target is adjusted so that, across the whole network, a new Bitcoin block is found about every ten minutes. To rewrite old blocks, a cheat would have to redo all that work, and also catch up with the honest miners who keep adding new blocks.',
        'The rule that nodes follow is to accept the chain with the most work in it. So an attacker would need more computing power than the rest of the network together. That is why people speak of a “51% attack”.',
      ],
      citations: [{ source: 'nakamoto-2008' }, { source: 'nistir-8202' }],
    },
    {
      id: 'finality',
      heading: 'When is a record final?',
      paragraphs: [
        'Sometimes two miners find a block at about the same time. For a short while, the network has two branches. Soon one branch grows longer, and nodes drop the other one. Records in the dropped block go back to the waiting list.',
        'So a new record is not fully safe at first. Each block added after it makes a change less likely. This is why some services wait for several more blocks before they treat a payment as done.',
      ],
      citations: [{ source: 'nakamoto-2008' }, { source: 'nistir-8202' }],
    },
  ],
  quiz: [
    {
      id: 'previous-hash',
      prompt: 'What links one block to the block before it?',
      options: ['The time stamp', 'The hash of the previous block', 'The name of the miner'],
      answer: 1,
      explanation:
        'Each block header holds the hash of the previous block. If the previous block changes, its hash changes and the link breaks.',
    },
    {
      id: 'edit-block-10',
      prompt: 'Someone edits block 10 of a 100-block chain. What must they redo to hide it?',
      options: ['Only block 10', 'Blocks 10 to 100', 'Only the genesis block'],
      answer: 1,
      explanation:
        'Changing block 10 breaks the link in block 11, which then needs a new hash, which breaks block 12, and so on. Every block from 10 to the end must be redone.',
    },
    {
      id: 'nonce',
      prompt: 'What does a miner change again and again while mining?',
      options: ['The nonce', 'The previous block’s hash', 'The payments of other people'],
      answer: 0,
      explanation:
        'The nonce is a number that has no other job. Changing it changes the block’s hash, so miners try many nonces until the hash is below the target.',
    },
    {
      id: 'wait',
      prompt: 'Why do some services wait for several more blocks before they treat a payment as final?',
      options: [
        'Because the law says so everywhere.',
        'Because for a short time a block can be dropped if another branch grows longer.',
        'Because payments are only sent once a day.',
      ],
      answer: 1,
      explanation:
        'Two branches can exist for a short time. Each new block on top makes it less likely that the block with the payment is dropped.',
    },
  ],
  relatedDemos: ['block', 'blockchain'],
  seeAlso: [],
  checked: '2026-11-27',
}
