import type { LessonInput } from '../input.ts'

export const consensus: LessonInput = {
  slug: 'consensus',
  title: 'Consensus: how strangers agree',
  summary:
    'Many computers must agree on one history. Proof of work, proof of stake and permissioned voting are three ways to get there.',
  objectives: [
    'Explain why a shared ledger needs a rule for agreement.',
    'Compare proof of work, proof of stake and permissioned ledgers.',
    'Say what each one asks users to trust.',
  ],
  sections: [
    {
      id: 'the-problem',
      heading: 'The problem: one history, many computers',
      paragraphs: [
        'On a blockchain, thousands of computers keep their own copy of the records. New records reach them in a different order and at different times. Some computers may be broken. Some may be run by cheats.',
        'One cheat that matters most is spending the same coin twice. If Ana pays Ben and then pays Cleo with the same coin, the network must pick one payment and reject the other. All honest nodes must make the same choice. A rule that lets them agree is called a consensus method.',
      ],
      citations: [{ source: 'nakamoto-2008' }, { source: 'nistir-8202' }],
    },
    {
      id: 'proof-of-work',
      heading: 'Proof of work',
      paragraphs: [
        'Bitcoin uses proof of work. Miners race to solve a hashing puzzle. The first to solve it adds the next block and earns a reward. Other nodes check the answer, which is quick, and build on that block.',
        'Nodes follow the chain with the most work in it. To change history, a cheat would need more computing power than all honest miners together. The cost of power and machines is what keeps people honest.',
        'The downside is energy. The puzzle is meant to be costly, so the network uses a lot of electricity. The lesson on energy looks at the numbers.',
      ],
      citations: [{ source: 'nakamoto-2008' }, { source: 'nistir-8202' }],
    },
    {
      id: 'proof-of-stake',
      heading: 'Proof of stake',
      paragraphs: [
        'In proof of stake, there is no mining race. People lock up some of their coins as a deposit, called a stake. The system picks some of them, called validators, to propose and check new blocks. Their locked-up coins take the place of the cost of power and machines.',
        'Ethereum switched from proof of work to proof of stake on 15 September 2022. This change was called the Merge. Mining on Ethereum ended that day.',
        'Proof of stake uses far less power. But the people with the most coins also have the most say in making blocks, which raises its own questions of fairness.',
      ],
      citations: [{ source: 'nistir-8202' }, { source: 'eth-merge-2022' }, { source: 'ccaf-eth-merge' }],
    },
    {
      id: 'permissioned',
      heading: 'Permissioned ledgers',
      paragraphs: [
        'In a permissioned ledger, a known group of members runs the nodes. They may take turns adding blocks, or vote on each block. Because the members are known, no costly puzzle is needed. If one member cheats, the others know who it was.',
        'This is fast and cheap. But users must trust the group. If most members agree, they can change the rules or even the records. In practice, such a system is closer to a shared database run by a club.',
      ],
      citations: [{ source: 'nistir-8202' }],
    },
    {
      id: 'who-to-trust',
      heading: 'Every method asks you to trust someone',
      paragraphs: [
        'No method removes trust. Proof of work asks you to trust that no group controls most of the computing power. Proof of stake asks you to trust that no group controls most of the stake. A permissioned ledger asks you to trust its members. Knowing which trust you are giving helps you judge a project.',
        'In the distributed demo, you can watch several peers compare their copies. Tamper with one peer, and see the others reject its version.',
      ],
      citations: [{ source: 'nistir-8202' }],
    },
  ],
  quiz: [
    {
      id: 'double-spend',
      prompt: 'Which problem does a consensus method mainly solve?',
      options: [
        'Making coins worth more',
        'Agreeing on one order of records, so a coin cannot be spent twice',
        'Hiding who sent a payment',
      ],
      answer: 1,
      explanation:
        'All honest nodes must agree on the same history. Then, if a coin is spent twice, they all accept one payment and reject the other.',
    },
    {
      id: 'pos-selection',
      prompt: 'In proof of stake, who gets to propose new blocks?',
      options: [
        'The fastest computer',
        'Validators who lock up coins as a deposit',
        'Anyone who sends an e-mail to the developers',
      ],
      answer: 1,
      explanation:
        'Validators lock up a stake, and the system picks among them to propose and check blocks. There is no mining race.',
    },
    {
      id: 'merge-date',
      prompt: 'What happened to Ethereum on 15 September 2022?',
      options: ['It split into two coins', 'It moved from proof of work to proof of stake', 'It shut down'],
      answer: 1,
      explanation: 'That day, called the Merge, Ethereum stopped mining and began to use proof of stake.',
    },
    {
      id: 'permissioned-trust',
      prompt: 'In a permissioned ledger, whom must users trust?',
      options: ['Nobody at all', 'The known members who run the nodes', 'Only the miners'],
      answer: 1,
      explanation:
        'A known group runs a permissioned ledger. If most of them agree, they can change the rules or the records, so users must trust them.',
    },
  ],
  relatedDemos: ['distributed', 'block'],
  seeAlso: [],
  checked: '2026-11-27',
}
