import type { LessonInput } from '../input.ts'

export const stayingSafe: LessonInput = {
  slug: 'staying-safe',
  title: 'Staying safe: scams, seed phrases and “guaranteed returns”',
  summary: 'Crypto payments are hard to undo, so scammers love them. Learn the warning signs that regulators point to.',
  objectives: [
    'Name the warning signs of a crypto scam.',
    'Keep your seed phrase and keys safe.',
    'Know what to check before you buy or send crypto.',
  ],
  sections: [
    {
      id: 'why-scammers-like-crypto',
      heading: 'Why scammers like crypto',
      paragraphs: [
        'Scammers want to be paid in ways that are hard to trace and hard to undo. Crypto payments usually cannot be reversed, and they do not have the legal protections of credit or debit cards. That is why the United States Federal Trade Commission warns that only scammers demand payment in crypto.',
        'No real business or government agency will insist that you pay a fine, a tax or a bill in crypto. If someone does, it is a scam.',
      ],
      citations: [{ source: 'ftc-crypto-alert-2023' }],
    },
    {
      id: 'guaranteed-returns',
      heading: '“Guaranteed returns” are a red flag',
      paragraphs: [
        'The most common warning from regulators is about promises. If someone guarantees big profits with little or no risk, be very careful. The US Securities and Exchange Commission calls this a classic sign of fraud. It also warns about sellers who are not registered, account values that shoot up, and fake reviews from happy “investors”.',
        'The French market authority, the AMF, says that no serious firm can guarantee a minimum return on crypto. Its advice for promises of high, guaranteed returns is simple: stay away. The UK Financial Conduct Authority warned in 2021 that people who put money into such products should be ready to lose all of it.',
      ],
      citations: [
        { source: 'sec-crypto-scams-2021' },
        { source: 'amf-crypto-scams' },
        { source: 'fca-crypto-warning-2021' },
      ],
    },
    {
      id: 'common-tricks',
      heading: 'Common tricks',
      paragraphs: [
        'A new online friend or love interest starts to talk about crypto and offers to help you invest. A message says you must pay a fee in crypto to get a job. A famous person seems to offer to double any coins you send. A website that looks real shows your “profits” growing fast, but you cannot take your money out.',
        'The FTC and the FCA both describe these patterns. The FCA adds three more signs: you are contacted out of the blue, you are pushed to invest quickly, or the returns sound too good to be true.',
      ],
      citations: [
        { source: 'ftc-crypto-alert-2023' },
        { source: 'ftc-crypto-alert-2021' },
        { source: 'fca-crypto-warning-2021' },
        { source: 'sec-crypto-scams-2021' },
      ],
    },
    {
      id: 'protect-your-keys',
      heading: 'Protect your keys and seed phrase',
      paragraphs: [
        'Your seed phrase is the master key to your wallet. Anyone who has it can take everything. Never share it, never type it into a website, and never send a photo of it. Real support staff will never ask for it.',
        'A private key cannot be reset. If you lose it and its seed phrase, nobody can give you access again. If a company holds your keys for you, find out what happens if it is hacked or goes bust.',
      ],
      citations: [{ source: 'sec-custody-2025' }],
    },
    {
      id: 'before-you-act',
      heading: 'Before you buy or send',
      paragraphs: [
        'Slow down. Search the name of the firm or coin with words like “scam” or “complaint”. Check that the firm is registered with the financial regulator where you live. The AMF, for example, publishes a list of firms allowed to offer crypto services in France.',
        'Only put in money you can afford to lose. Crypto-related products may not be covered by the schemes that protect bank savings. If you think you have been scammed, report it to the police and to your consumer or financial regulator.',
      ],
      citations: [
        { source: 'ftc-crypto-alert-2021' },
        { source: 'amf-crypto-scams' },
        { source: 'fca-crypto-warning-2021' },
      ],
    },
  ],
  quiz: [
    {
      id: 'pay-fine',
      prompt: 'A caller says you owe a fine and must pay it today in Bitcoin. What is it?',
      options: ['A normal request from the tax office', 'A scam', 'A new law'],
      answer: 1,
      explanation:
        'The FTC warns that only scammers demand payment in crypto. No real business or agency will insist you pay a fine in crypto.',
    },
    {
      id: 'guarantee',
      prompt: 'A site promises a guaranteed 20% profit every month with no risk. What do regulators say?',
      options: [
        'It is a good deal if the site looks professional.',
        'Guaranteed high returns with little or no risk are a classic sign of fraud.',
        'It is safe if a celebrity recommends it.',
      ],
      answer: 1,
      explanation:
        'The SEC calls guaranteed high returns a classic warning sign, and the AMF says no serious firm can guarantee a return on crypto.',
    },
    {
      id: 'romance',
      prompt: 'A new online friend offers to help you invest in crypto. What should you do?',
      options: [
        'Send a small amount to test it.',
        'Treat it as a warning sign and do not send money.',
        'Give them your seed phrase so they can help.',
      ],
      answer: 1,
      explanation:
        'The FTC warns never to mix online dating and crypto. Scammers build trust first and then ask for money.',
    },
    {
      id: 'withdraw-fee',
      prompt: 'A platform shows big profits, but you cannot withdraw any money. What is likely?',
      options: [
        'A short delay at a normal bank',
        'A scam: the site and its “profits” may be fake',
        'A gift from the platform',
      ],
      answer: 1,
      explanation:
        'The FTC warns that scam investment sites can look real, yet you find you cannot withdraw the money you put in.',
    },
    {
      id: 'seed',
      prompt: 'Where should you keep your seed phrase?',
      options: [
        'In a chat with support',
        'Written down in a safe place, never shared',
        'On a public website as a backup',
      ],
      answer: 1,
      explanation:
        'Anyone with your seed phrase can take everything. Keep it offline in a safe place and never share it.',
    },
  ],
  relatedDemos: ['signatures'],
  seeAlso: [],
  checked: '2026-11-27',
}
