import type { DemoId, LessonSlug } from './schema.ts'

/** One timed part of the workshop. */
export interface GuideStep {
  /** Minutes from the start. */
  readonly start: number
  readonly end: number
  readonly title: string
  /** What the facilitator does and says, as short instructions. */
  readonly activity: readonly string[]
  readonly demos: readonly DemoId[]
  readonly lesson: LessonSlug
}

/** A plan for a 60-minute library workshop built on the demos. Instructions only: the facts are in the lessons. */
export interface FacilitatorGuide {
  readonly title: string
  readonly audience: string
  readonly preparation: readonly string[]
  readonly steps: readonly GuideStep[]
  readonly accessibility: readonly string[]
  readonly afterwards: readonly string[]
}

export const facilitatorGuide: FacilitatorGuide = {
  title: 'A 60-minute library workshop: how blockchains work',
  audience:
    'Adults and teenagers with no technical background, in groups of 6 to 20. One facilitator; a second helper is useful for groups over 10.',
  preparation: [
    'Book a room with a projector and one computer for every two people. Phones work too, but small screens make the demos harder to read.',
    'Open blockgov’s Learn area on every computer once before the session. After that first visit it also works offline.',
    'Print the lesson pack, or the lessons you will use, as handouts. Each lesson prints on its own with its sources.',
    'Read the lessons on hashes, blocks and chains, keys and signatures, governance and forks, and staying safe.',
    'Make clear in the invitation that nobody needs money, an account or a wallet, and that no real coins are used.',
  ],
  steps: [
    {
      start: 0,
      end: 5,
      title: 'Welcome and ground rules',
      activity: [
        'Welcome people and say what they will do: try five small demos and learn to spot scams.',
        'Say the ground rules. We use no real money. Nobody types a real password, key or seed phrase.',
        'Ask the room: “Where have you heard the word blockchain?” Note two or three answers on the board.',
        'Give the one-line idea from the first lesson: a shared record that many computers keep in step.',
      ],
      demos: [],
      lesson: 'what-is-a-blockchain',
    },
    {
      start: 5,
      end: 15,
      title: 'Fingerprints for data',
      activity: [
        'Open the hash demo on the projector. Type a word and show its hash.',
        'Pairs type their own first names, then change one letter, and read the new hash aloud.',
        'Ask: “Can you get the name back from the hash?” Then ask: “What if the input is a phone number?”',
      ],
      demos: ['hash'],
      lesson: 'hashes',
    },
    {
      start: 15,
      end: 27,
      title: 'Blocks, mining and a broken chain',
      activity: [
        'Show the block demo. Press “mine” and let the room watch the nonce count up.',
        'Raise the difficulty by one and mine again. Ask why it took longer.',
        'Open the blockchain demo. Pairs edit an old block and watch every later block turn invalid.',
        'Ask them to fix the chain by mining each block again, and to time it. Link this to why rewriting history is costly.',
      ],
      demos: ['block', 'blockchain'],
      lesson: 'blocks-and-chains',
    },
    {
      start: 27,
      end: 37,
      title: 'Many copies and signed messages',
      activity: [
        'Open the distributed demo. Tamper with one peer and show that the others reject its copy.',
        'Open the signatures demo. Pairs make a key pair, sign a short message and check it.',
        'Change one letter of the signed message and check again. Ask what a signature does and does not prove.',
      ],
      demos: ['distributed', 'signatures'],
      lesson: 'keys-and-signatures',
    },
    {
      start: 37,
      end: 47,
      title: 'Coins and a community vote',
      activity: [
        'Open the tokens demo. Send tokens between people and point out the first, coin-making transaction.',
        'Open the fork demo. Let the room vote on a rule change, then show the two chains that result.',
        'Tell the story of The DAO and the 2016 fork in two minutes, using the governance lesson.',
      ],
      demos: ['tokens', 'fork'],
      lesson: 'governance-and-forks',
    },
    {
      start: 47,
      end: 55,
      title: 'Staying safe',
      activity: [
        'Read out three short scam stories from the staying-safe lesson without saying they are scams.',
        'Ask pairs to find the warning signs: guaranteed returns, pressure to act fast, payment only in crypto.',
        'Pairs take the staying-safe quiz together. Read out the explanations for any question they got wrong.',
      ],
      demos: [],
      lesson: 'staying-safe',
    },
    {
      start: 55,
      end: 60,
      title: 'Wrap-up and next steps',
      activity: [
        'Go back to the answers on the board. Ask what people would now say about them.',
        'Show the resources page and filter it by level “beginner” and by the group’s language.',
        'Hand out the printed lessons. Invite people to take the other quizzes at home or in the library.',
      ],
      demos: [],
      lesson: 'what-is-a-blockchain',
    },
  ],
  accessibility: [
    'Every demo works with the keyboard alone and tells screen readers what changed. Show the Tab key and the spoken status text once at the start.',
    'Read aloud what is on the projector. Do not rely on colour: the demos also say “valid” or “invalid” in words.',
    'Offer printed lessons in large print by zooming the page before printing.',
    'Let people work alone if they prefer, and do not ask anyone to type in front of the room.',
  ],
  afterwards: [
    'Leave the printed lesson pack at the desk for people who missed the session.',
    'Note which quiz questions were hard and tell the project, so the lessons can improve.',
  ],
}
