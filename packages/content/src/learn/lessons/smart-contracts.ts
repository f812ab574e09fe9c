import type { LessonInput } from '../input.ts'

export const smartContracts: LessonInput = {
  slug: 'smart-contracts',
  title: 'Smart contracts',
  summary:
    'A smart contract is a program stored on a blockchain that runs the same way on every node. Its code is its rules, bugs included.',
  objectives: [
    'Explain what a smart contract is and what it is not.',
    'Say why a bug in a smart contract is hard to fix.',
    'Describe what went wrong with The DAO in 2016.',
  ],
  sections: [
    {
      id: 'program-on-a-chain',
      heading: 'A program on a chain',
      paragraphs: [
        'A smart contract is a small program stored on a blockchain. People call it by sending a transaction. Every node runs the same code with the same input, so they all get the same result, and that result is written to the chain.',
        'Ethereum was built for this. Its chain can store programs and their data, not only coin transfers. Each step of a program costs a fee, so that nobody can make the network run forever.',
        'A smart contract can hold funds and move them when set conditions are met. For example, it can pay out a prize to whoever sends the right answer first.',
      ],
      citations: [{ source: 'nistir-8202' }],
    },
    {
      id: 'not-a-legal-contract',
      heading: 'Not a contract in the legal sense',
      paragraphs: [
        'The name is a bit misleading. A smart contract is not a legal agreement. It does not know what the parties meant. It only does what its code says. If the code has a mistake, the program follows the mistake.',
        'A smart contract also cannot see the outside world by itself. If it needs the weather or a price, someone must send that data in. The contract has to trust whoever does that.',
      ],
      citations: [{ source: 'nistir-8202' }],
    },
    {
      id: 'hard-to-fix',
      heading: 'Why bugs are hard to fix',
      paragraphs: [
        'Once a smart contract is on the chain, its code usually cannot be changed. That is the point: users can check the rules and know they will hold. But it also means a bug stays in place, and anyone can read the code to find it.',
        'Some contracts are built so that an admin can swap in new code. That makes fixes possible, but it means users must trust the admin. There is no way to have both fixed rules and easy repairs.',
      ],
      citations: [{ source: 'nistir-8202' }],
    },
    {
      id: 'the-dao',
      heading: 'A famous failure: The DAO',
      paragraphs: [
        'In 2016, a smart contract called The DAO collected a large amount of ether from many investors. The plan was for token holders to vote on which projects to fund.',
        'On 17 June 2016, an attacker found a flaw in its code. The contract sent out ether before it updated its own records, so the attacker could ask for the same funds again and again. About 3.6 million ether, around a third of its funds, were moved to a copy of the contract that the attacker controlled.',
        'The code had done exactly what it said. So was the attack theft, or just use of the rules? The Ethereum community had to decide what to do. The lesson on governance tells what happened next.',
      ],
      citations: [{ source: 'dao-exploit-2016' }, { source: 'ef-dao-fork-2016' }],
    },
  ],
  quiz: [
    {
      id: 'definition',
      prompt: 'What is a smart contract?',
      options: [
        'A legal contract signed with a digital pen.',
        'A program stored on a blockchain that every node runs the same way.',
        'An app that reads contracts for lawyers.',
      ],
      answer: 1,
      explanation:
        'A smart contract is code on a blockchain. People call it with transactions, and every node runs it and gets the same result.',
    },
    {
      id: 'outside-data',
      prompt: 'A smart contract pays farmers when it rains. How does it know that it rained?',
      options: [
        'It looks out of the window.',
        'Someone must send that data in, and the contract trusts them.',
        'The blockchain measures the weather.',
      ],
      answer: 1,
      explanation:
        'A smart contract cannot see the outside world. Someone has to feed it data, and it must trust that source.',
    },
    {
      id: 'bug-fix',
      prompt: 'Why is a bug in a smart contract hard to fix?',
      options: [
        'Because the code usually cannot be changed once it is on the chain.',
        'Because programmers are not allowed to read it.',
        'Because bugs fix themselves after a while.',
      ],
      answer: 0,
      explanation:
        'Fixed code is what lets users trust the rules. The same feature means a bug stays, unless the contract was built with an admin who can replace it.',
    },
    {
      id: 'dao-flaw',
      prompt: 'What was the flaw in The DAO?',
      options: [
        'Its private key was posted online.',
        'It sent out ether before updating its records, so the same funds could be claimed again and again.',
        'Its servers were switched off.',
      ],
      answer: 1,
      explanation:
        'The contract paid out before it noted the payment. The attacker used this to ask for the same funds many times and moved about 3.6 million ether.',
    },
  ],
  relatedDemos: [],
  seeAlso: [],
  checked: '2026-11-27',
}
