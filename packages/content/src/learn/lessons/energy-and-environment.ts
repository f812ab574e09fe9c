import type { LessonInput } from '../input.ts'

export const energyAndEnvironment: LessonInput = {
  slug: 'energy-and-environment',
  title: 'Energy and the environment',
  summary:
    'Proof of work uses a lot of electricity on purpose. Proof of stake uses far less. Estimates differ, so read the figures with care.',
  objectives: [
    'Explain why proof of work uses so much electricity.',
    'Say how Ethereum’s energy use changed after the Merge, and who measured it.',
    'Read an energy estimate critically.',
  ],
  sections: [
    {
      id: 'why-so-much-power',
      heading: 'Why proof of work uses so much power',
      paragraphs: [
        'In proof of work, miners race to solve a hashing puzzle. The puzzle has no shortcut: the only way is to make guess after guess. The more guesses a miner can make each second, the better its chance to win the reward.',
        'So miners buy special machines and run them day and night. When the reward is worth more, it can pay to run more machines. The network adjusts the puzzle so that blocks still come at the same pace. More machines do not make the network faster. They make it use more power.',
        'This is not an accident. The cost is what makes it hard to rewrite history, as the lesson on blocks and chains showed.',
      ],
      citations: [{ source: 'nakamoto-2008' }, { source: 'nistir-8202' }],
    },
    {
      id: 'measuring-bitcoin',
      heading: 'How much does Bitcoin use?',
      paragraphs: [
        'Nobody can read a meter for the whole Bitcoin network. Miners are spread around the world and do not report their use. So researchers build models.',
        'The best-known model is the Cambridge Bitcoin Electricity Consumption Index, run by the Cambridge Centre for Alternative Finance since 2019. It starts from the total computing power of the network and the efficiency of the mining machines on sale. From these it works out a range: a lower bound, an upper bound and a best guess. The figures change all the time.',
        'Because the model depends on guesses about which machines miners use, its results can change when the method changes. The team revised the model in 2023, and its estimates moved. When you see a single number for Bitcoin’s energy use, ask who made it, when, and how.',
      ],
      citations: [{ source: 'cbeci' }],
    },
    {
      id: 'the-merge',
      heading: 'Ethereum after the Merge',
      paragraphs: [
        'On 15 September 2022, Ethereum moved from proof of work to proof of stake. Mining stopped that day. Validators now secure the network by locking up a stake, not by running machines that guess all day.',
        'The Cambridge team estimates that Ethereum’s electricity use fell by about 99.99% on the day of the Merge. The Ethereum Foundation gave its own estimate of about 99.95%. The two figures differ a little because they come from different models. Both show a very large drop.',
      ],
      citations: [{ source: 'eth-merge-2022' }, { source: 'ccaf-eth-merge' }, { source: 'ef-merge-energy' }],
    },
    {
      id: 'beyond-electricity',
      heading: 'Beyond electricity',
      paragraphs: [
        'Energy use is not the whole story. What matters for the climate is also where the power comes from. A permissioned ledger with a few known nodes uses little power, but it gives up other things, as the lesson on consensus explained.',
        'When a project says it is “green”, ask which consensus method it uses, how many nodes run it, and whose figures it quotes.',
      ],
      citations: [{ source: 'cbeci' }, { source: 'nistir-8202' }],
    },
  ],
  quiz: [
    {
      id: 'why-power',
      prompt: 'Why does proof of work use so much electricity?',
      options: [
        'Because the software has a bug.',
        'Because miners make guess after guess to win the reward, and more machines mean more power.',
        'Because every payment is printed on paper.',
      ],
      answer: 1,
      explanation:
        'The puzzle has no shortcut. Miners run many machines to make more guesses. The network keeps the block pace the same, so extra machines only add energy use.',
    },
    {
      id: 'cbeci-range',
      prompt: 'How does the Cambridge index present Bitcoin’s electricity use?',
      options: [
        'As one exact meter reading',
        'As a range with a best guess, based on a model',
        'As a yearly bill sent by miners',
      ],
      answer: 1,
      explanation:
        'Nobody can measure the whole network directly. The index models it from computing power and machine efficiency, and gives a lower bound, an upper bound and a best guess.',
    },
    {
      id: 'merge-drop',
      prompt: 'After the Merge, how much did Ethereum’s electricity use fall, according to the estimates?',
      options: ['About 10%', 'About half', 'By about 99.95% to 99.99%'],
      answer: 2,
      explanation:
        'The Cambridge team estimates a fall of about 99.99%; the Ethereum Foundation about 99.95%. Different models give slightly different figures, but both show a very large drop.',
    },
    {
      id: 'read-figure',
      prompt: 'A website says “Bitcoin uses exactly X units of power”. What should you ask first?',
      options: [
        'Who made the estimate, when, and with what method?',
        'What colour is the chart?',
        'Nothing, numbers are always right.',
      ],
      answer: 0,
      explanation: 'All such figures come from models. Knowing the source, date and method helps you judge them.',
    },
  ],
  relatedDemos: ['block'],
  seeAlso: [],
  checked: '2026-11-27',
}
