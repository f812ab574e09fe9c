import type { LessonInput } from '../input.ts'

export const keysAndSignatures: LessonInput = {
  slug: 'keys-and-signatures',
  title: 'Keys, signatures and wallets',
  summary:
    'A private key signs, a public key checks. A wallet keeps your keys, not your coins, and a lost key cannot be reset.',
  objectives: [
    'Tell a private key from a public key.',
    'Explain what a digital signature proves.',
    'Explain what a wallet and a seed phrase are, and why they must stay secret.',
  ],
  sections: [
    {
      id: 'two-keys',
      heading: 'Two keys that belong together',
      paragraphs: [
        'On a blockchain, you do not log in with a name and a password. Instead, your software makes a pair of keys. The private key is a very large random number that only you should know. The public key is worked out from it. You can share the public key with anyone.',
        'The maths only goes one way. From the private key it is easy to get the public key. From the public key, there is no known way to find the private key in any useful time.',
        'Bitcoin and Ethereum use a kind of maths called elliptic curves. The curve they use is named secp256k1. It is set out in a public standard so that everyone’s software can work together.',
      ],
      citations: [{ source: 'nistir-8202' }, { source: 'secg-sec2' }],
    },
    {
      id: 'signatures',
      heading: 'What a signature proves',
      paragraphs: [
        'To send coins, you write a message such as “move 2 coins from me to Ben”. Your software signs it with your private key. The signature is a number that fits only that message and that key.',
        'Anyone can check the signature with your public key. If it checks out, two things are true. The owner of the private key made the signature. And nobody changed the message after it was signed, not even by one letter.',
        'A signature does not show who you are in real life. It only shows control of a key. Whoever holds the private key can sign, whether that is you or a thief.',
      ],
      citations: [{ source: 'nistir-8202' }, { source: 'nakamoto-2008' }],
    },
    {
      id: 'wallets',
      heading: 'What a wallet really holds',
      paragraphs: [
        'A crypto wallet is an app or a small device. Despite its name, it does not hold coins. The coins are records on the blockchain. The wallet holds your private keys, which let you move those coins.',
        'Some wallets are always online. They are handy but easier to attack. Others stay offline, like a small USB device. They are safer from hackers but can be lost or broken.',
        'You can also let a company, such as an exchange, keep the keys for you. Then you depend on that company. If it is hacked, shuts down or goes bankrupt, you may not get your assets back.',
      ],
      citations: [{ source: 'sec-custody-2025' }],
    },
    {
      id: 'seed-phrases',
      heading: 'Seed phrases and lost keys',
      paragraphs: [
        'Many wallets show you a list of words when you set them up. This is the seed phrase, or recovery phrase. It can rebuild your keys if your phone or device is lost.',
        'Anyone who has your seed phrase can take everything in the wallet. Keep it on paper in a safe place. Never type it into a website, never share it in a chat, and never give it to someone who says they work for support.',
        'A private key cannot be changed or reset. There is no “forgot my password” button. If you lose the key and the seed phrase, the assets are gone for good.',
      ],
      citations: [{ source: 'sec-custody-2025' }],
    },
  ],
  quiz: [
    {
      id: 'share-which',
      prompt: 'Which key can you safely share with others?',
      options: ['The private key', 'The public key', 'The seed phrase'],
      answer: 1,
      explanation:
        'The public key is like an e-mail address: others use it to check your signatures and send you assets. The private key and the seed phrase must stay secret.',
    },
    {
      id: 'signature-proves',
      prompt: 'A signature checks out with Ana’s public key. What does that prove?',
      options: [
        'That Ana is who she says she is in real life.',
        'That whoever holds Ana’s private key signed this exact message.',
        'That the payment is legal.',
      ],
      answer: 1,
      explanation:
        'A signature proves control of the private key and that the message was not changed. It says nothing about real-world identity or legality.',
    },
    {
      id: 'wallet-holds',
      prompt: 'What does a crypto wallet actually store?',
      options: ['The coins themselves', 'Your private keys', 'A copy of the whole blockchain, always'],
      answer: 1,
      explanation: 'Coins are records on the blockchain. The wallet stores the private keys that let you move them.',
    },
    {
      id: 'support-call',
      prompt: 'Someone from “wallet support” asks for your seed phrase to fix a problem. What should you do?',
      options: [
        'Give it, because they work for the wallet.',
        'Refuse. Never share your seed phrase.',
        'Send half of the words.',
      ],
      answer: 1,
      explanation:
        'Anyone with the seed phrase can take everything. Real support staff never need it. A request for it is a sign of a scam.',
    },
    {
      id: 'lost-key',
      prompt: 'You lose your private key and your seed phrase. What can the network do?',
      options: [
        'Reset the key after an ID check.',
        'Nothing: the assets cannot be reached any more.',
        'Send you a new key by e-mail.',
      ],
      answer: 1,
      explanation:
        'A private key cannot be changed or replaced, and nobody runs a reset service for a public blockchain. Without the key or the seed phrase, access is lost for good.',
    },
  ],
  relatedDemos: ['signatures'],
  seeAlso: [],
  checked: '2026-11-27',
}
