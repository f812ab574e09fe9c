import type { LessonInput } from '../input.ts'

export const governanceAndForks: LessonInput = {
  slug: 'governance-and-forks',
  title: 'Who governs a blockchain?',
  summary:
    'People decide how a blockchain changes, on the chain or off it. When they cannot agree, the chain can split in two.',
  objectives: [
    'Tell on-chain governance from off-chain governance.',
    'Explain what a fork is and why it can split a community.',
    'Describe the 2016 Ethereum fork and the 2017 Bitcoin Cash split.',
  ],
  sections: [
    {
      id: 'rules-are-made-by-people',
      heading: 'The rules are made by people',
      paragraphs: [
        'A blockchain runs on software. Someone writes that software, and someone decides to run it. When the rules need to change, for a new feature or to fix a bug, people must agree on the change. How they agree is called governance.',
        'Many groups take part. Developers write and review code. Miners or validators make blocks. People who run nodes choose which software to install. Exchanges, wallet makers and users decide which chain they treat as the real one.',
      ],
      citations: [{ source: 'nistir-8202' }],
    },
    {
      id: 'on-and-off-chain',
      heading: 'On-chain and off-chain governance',
      paragraphs: [
        'In off-chain governance, people talk and decide outside the blockchain. They write proposals, argue on forums and at meetings, and then each group chooses whether to run the new software. Bitcoin and Ethereum mostly work this way.',
        'In on-chain governance, the decision is made on the chain itself. Token holders vote with their tokens, and a smart contract counts the votes and applies the result. This is clear and open. But it often means that whoever holds the most tokens has the most say.',
      ],
      citations: [{ source: 'nistir-8202' }],
    },
    {
      id: 'forks',
      heading: 'Forks: when a chain splits',
      paragraphs: [
        'A fork is a change to the rules. In a soft fork, the new rules are stricter, so old software still accepts the new blocks. In a hard fork, the new rules allow blocks that old software rejects.',
        'If everyone upgrades, a hard fork is just an update. If some people refuse, the chain splits into two. Both share the same history up to the fork. After it, each has its own blocks, and often its own coin. You can watch this in the fork demo.',
      ],
      citations: [{ source: 'nistir-8202' }],
    },
    {
      id: 'dao-fork',
      heading: 'Ethereum, 2016: undoing The DAO',
      paragraphs: [
        'After The DAO attack in June 2016, the Ethereum community debated what to do. One side wanted to give the funds back to the people who had put them in. The other side said the chain must never be changed, even to undo a theft.',
        'On 15 July 2016 the Ethereum Foundation announced software for a hard fork. At block 1,920,000, on 20 July 2016, the new rules moved The DAO’s ether to a contract from which token holders could claim it back.',
        'Some did not. They kept running the old rules, and their chain carried on as Ethereum Classic. Since then, two chains share the same early history.',
      ],
      citations: [{ source: 'ef-dao-fork-2016' }, { source: 'dao-exploit-2016' }],
    },
    {
      id: 'bitcoin-cash',
      heading: 'Bitcoin, 2017: the block size split',
      paragraphs: [
        'For years, the Bitcoin community argued about block size. Bigger blocks could hold more payments, but they would be harder for ordinary people to store and check.',
        'On 1 August 2017, one group split off with a hard fork. Their chain, Bitcoin Cash, raised the size limit to 8 MB. Bitcoin kept smaller blocks and added a change called SegWit instead. The last block both chains share is number 478,558.',
      ],
      citations: [{ source: 'bch-fork-2017' }],
    },
    {
      id: 'lessons',
      heading: 'What forks teach us',
      paragraphs: [
        'Forks show that a blockchain is not run by code alone. In the end, people choose which rules to follow. That choice can protect users, as many felt in 2016. It can also split a community and its money in two.',
        'When you judge a project, ask who can change its rules, how they decide, and what happens to people who disagree.',
      ],
      citations: [{ source: 'ef-dao-fork-2016' }, { source: 'bch-fork-2017' }],
    },
  ],
  quiz: [
    {
      id: 'on-chain',
      prompt: 'What is on-chain governance?',
      options: [
        'Decisions made in meetings and forums',
        'Votes cast with tokens and counted by a smart contract',
        'Decisions made by a court',
      ],
      answer: 1,
      explanation:
        'In on-chain governance, token holders vote on the chain and a smart contract applies the result. Off-chain governance happens in forums and meetings.',
    },
    {
      id: 'hard-fork-split',
      prompt: 'When does a hard fork split a chain in two?',
      options: ['Always', 'When some people keep running the old rules', 'Never'],
      answer: 1,
      explanation:
        'If everyone upgrades, a hard fork is just an update. If some keep the old rules, the two groups build two separate chains.',
    },
    {
      id: 'dao-fork-result',
      prompt: 'What did the 2016 Ethereum hard fork do?',
      options: [
        'It moved The DAO’s ether to a contract so token holders could claim it back.',
        'It made Ethereum use proof of stake.',
        'It raised the block size to 8 MB.',
      ],
      answer: 0,
      explanation:
        'At block 1,920,000 the new rules moved The DAO’s ether to a withdrawal contract. The chain that kept the old rules became Ethereum Classic.',
    },
    {
      id: 'bch',
      prompt: 'What was the main dispute behind the Bitcoin Cash split in 2017?',
      options: ['Energy use', 'Block size', 'Who owns the Bitcoin name'],
      answer: 1,
      explanation:
        'Supporters of bigger blocks split off as Bitcoin Cash with an 8 MB limit, while Bitcoin kept smaller blocks and adopted SegWit.',
    },
  ],
  relatedDemos: ['fork'],
  seeAlso: [{ path: '/names', label: 'Names: a council that governs a name registry' }],
  checked: '2026-11-27',
}
