import type { LessonInput } from '../input.ts'

export const tokensAndTransactions: LessonInput = {
  slug: 'tokens-and-transactions',
  title: 'Tokens and transactions',
  summary:
    'A coin is a chain of signed transfers. New coins come from a special first transaction in each block, and fees pay for space.',
  objectives: [
    'Explain how a transaction moves coins from one key to another.',
    'Explain where new coins come from.',
    'Say why a payment on a blockchain is hard to undo.',
  ],
  sections: [
    {
      id: 'a-coin-is-a-history',
      heading: 'A coin is a history of transfers',
      paragraphs: [
        'In the Bitcoin paper, a coin is not a file that moves around. It is a chain of signed transfers. Each owner signs a message that passes the coin to the next owner’s public key. Anyone can follow the chain of signatures and check that each step was allowed.',
        'A transaction says which earlier coins it spends and where the value goes. Nodes check that the signatures are right and that the earlier coins were not already spent. Only then do they pass it on.',
      ],
      citations: [{ source: 'nakamoto-2008' }, { source: 'nistir-8202' }],
    },
    {
      id: 'inputs-and-outputs',
      heading: 'Inputs, outputs and change',
      paragraphs: [
        'Think of paying with notes. If you owe 7 and you have a note of 10, you hand over the 10 and get 3 back. Bitcoin works in a similar way. A transaction uses up whole earlier amounts, called inputs. It creates new amounts, called outputs. One output goes to the person you pay. Another often comes back to you as change.',
        'Because one transaction can join several of your inputs, it can show that they belong to the same owner. The Bitcoin paper points out this limit on privacy.',
      ],
      citations: [{ source: 'nakamoto-2008', note: 'sections 9 and 10' }],
    },
    {
      id: 'new-coins',
      heading: 'Where new coins come from',
      paragraphs: [
        'The first transaction in each Bitcoin block is special. It has no earlier coin to spend. Instead it creates new coins and gives them to the miner who made the block. This is called the coinbase transaction. It rewards miners for their work and is how new coins enter the system.',
        'Miners also collect the fees that transactions offer. Space in a block is limited, so miners have a reason to pick the transactions that pay the most.',
        'In the tokens demo you can try this. Send tokens between people, watch the balances change, and see the coinbase create new ones.',
      ],
      citations: [{ source: 'nakamoto-2008' }, { source: 'nistir-8202' }, { source: 'blockchain-demo' }],
    },
    {
      id: 'other-tokens',
      heading: 'Tokens on top of other chains',
      paragraphs: [
        'Not every token has its own blockchain. On Ethereum, anyone can write a small program that keeps a list of balances. That program is a token. It can stand for points, votes, tickets or a claim on something else. The program, not the blockchain, decides the rules of the token.',
        'So two tokens on the same chain can be very different. One may be well built and widely used. Another may let its maker freeze accounts or print more at will. You have to look at the program to know.',
      ],
      citations: [{ source: 'nistir-8202' }],
    },
    {
      id: 'no-undo',
      heading: 'No undo button',
      paragraphs: [
        'Once a transaction is deep in the chain, it is very hard to reverse. There is no bank to call. If you send coins to the wrong address or to a scammer, you usually cannot get them back.',
        'Consumer agencies stress this point. Crypto payments lack the legal protections of credit or debit cards, and they usually cannot be reversed. Check the address and the person before you send.',
      ],
      citations: [{ source: 'ftc-crypto-alert-2023' }, { source: 'nistir-8202' }],
    },
  ],
  quiz: [
    {
      id: 'change',
      prompt: 'You spend an input of 10 coins to pay 7. What happens to the rest?',
      options: ['It is lost.', 'It is usually sent back to you as a change output.', 'It goes to the bank.'],
      answer: 1,
      explanation:
        'A transaction uses whole inputs. The part you do not pay away (minus any fee) is usually sent back to you as a new output, called change.',
    },
    {
      id: 'coinbase',
      prompt: 'What is the coinbase transaction in a Bitcoin block?',
      options: [
        'A payment to a company called Coinbase.',
        'The first transaction, which creates new coins for the miner.',
        'A refund for a failed payment.',
      ],
      answer: 1,
      explanation:
        'The first transaction in each block creates new coins and pays them to the miner. It is how new coins enter the system.',
    },
    {
      id: 'token-rules',
      prompt: 'Who decides the rules of a token built on Ethereum?',
      options: [
        'Ethereum itself, the same for every token',
        'The program that defines the token',
        'The person who holds the most tokens',
      ],
      answer: 1,
      explanation:
        'A token on Ethereum is a program. Its code sets the rules, such as who can create more tokens or freeze accounts.',
    },
    {
      id: 'wrong-address',
      prompt: 'You send coins to the wrong address. What is most likely?',
      options: ['The network sends them back after a day.', 'You cannot get them back.', 'Your bank refunds you.'],
      answer: 1,
      explanation:
        'Crypto payments usually cannot be reversed, and they lack the protections of card payments. Always check the address first.',
    },
  ],
  relatedDemos: ['tokens'],
  seeAlso: [],
  checked: '2026-11-27',
}
