import type { LessonInput } from '../input.ts'

export const internetGovernance: LessonInput = {
  slug: 'internet-governance',
  title: 'Blockchain and Internet governance',
  summary:
    'The Internet is run by many groups working together. Blockchain names and registries raise new questions for that shared system.',
  objectives: [
    'Say what Internet governance means.',
    'Explain how blockchain naming systems differ from the DNS.',
    'Describe why name collisions worry the Internet community.',
  ],
  sections: [
    {
      id: 'what-it-means',
      heading: 'What Internet governance means',
      paragraphs: [
        'Nobody owns the Internet. It works because many groups agree on shared rules. In 2005 a United Nations working group gave a definition that is still widely used. Internet governance is how governments, the private sector and civil society, each in their own role, make and apply shared principles, rules and ways of deciding that shape how the Internet grows and is used.',
        'This way of working, with many kinds of groups at the table, is called multistakeholder. The Internet Governance Forum, set up under the United Nations, is one place where it happens.',
      ],
      citations: [{ source: 'wgig-2005', pinpoint: 'para. 10' }, { source: 'igf-dc-blockchain' }],
    },
    {
      id: 'names-on-the-internet',
      heading: 'Names on the Internet',
      paragraphs: [
        'When you type a web address, the Domain Name System, or DNS, turns the name into the number of a computer. The DNS is one shared tree of names. Its top levels, such as “.org” or “.fr”, are managed through rules set with the whole community.',
        'Blockchain naming systems do something similar in a different way. The Ethereum Name Service, launched in 2017, lets people register names ending in “.eth” on the Ethereum chain. A name is controlled by whoever holds the key that owns it on the chain. If that key is lost, there is no help desk that can hand the name back.',
      ],
      citations: [{ source: 'ens' }, { source: 'sac123' }, { source: 'nistir-8202' }],
    },
    {
      id: 'collisions',
      heading: 'The risk of name collisions',
      paragraphs: [
        'Trouble starts when a blockchain system uses names that look like DNS names. If a blockchain system hands out a name ending that the DNS later uses too, the same name could lead to two different places. Your browser might go to one, and your friend’s to the other.',
        'ICANN’s security advisers warned about this in 2023. They said that such systems create a risk of collisions and confusion in the single name space of the Internet.',
        'The Internet Engineering Task Force offers one answer. In 2023 it set aside the ending “.alt” for names that are not part of the DNS. Systems that use it cannot clash with real top-level names. blockgov’s own Names area uses this ending for its demo names.',
      ],
      citations: [{ source: 'sac123' }, { source: 'rfc9476' }],
    },
    {
      id: 'governing-a-registry',
      heading: 'Who governs a blockchain registry?',
      paragraphs: [
        'A name system needs rules. Who may register which names? What happens in a dispute over a trademark? Who can change the rules? The DNS answers these through long-standing policy processes. A blockchain registry must answer them too, often in code.',
        'In blockgov’s Names area you can try one design. A council with seats for several groups votes on changes, and filing a dispute freezes transfers of a name while the case is heard.',
      ],
      citations: [{ source: 'sac123' }, { source: 'wgig-2005' }],
    },
    {
      id: 'origins',
      heading: 'Where this project comes from',
      paragraphs: [
        'At the Internet Governance Forum in 2019, the Dynamic Coalition on Blockchain Technologies chose projects for the next year. They included a map of data protection questions, teaching materials for the public, principles to judge government blockchain projects, and a blockchain DNS. These lessons are part of that work.',
      ],
      citations: [{ source: 'igf-dc-blockchain' }],
    },
  ],
  quiz: [
    {
      id: 'definition',
      prompt: 'Who takes part in Internet governance, according to the 2005 UN working definition?',
      options: [
        'Only governments',
        'Governments, the private sector and civil society, each in their role',
        'Only the companies that build browsers',
      ],
      answer: 1,
      explanation:
        'The working definition names governments, the private sector and civil society, each in their respective roles.',
    },
    {
      id: 'ens-owner',
      prompt: 'Who controls a “.eth” name in the Ethereum Name Service?',
      options: ['A national registry', 'Whoever holds the key that owns it', 'The web browser'],
      answer: 1,
      explanation:
        'A .eth name is controlled by the key that owns it on the Ethereum chain. If that key is lost, nobody can hand the name back.',
    },
    {
      id: 'collision',
      prompt: 'Why do name collisions worry the Internet community?',
      options: [
        'Because the same name could lead to two different places.',
        'Because blockchain names are too short.',
        'Because names cost too much.',
      ],
      answer: 0,
      explanation:
        'If a blockchain system and the DNS both use the same name, users could reach different places from the same name. ICANN’s security advisers warned about this in 2023.',
    },
    {
      id: 'alt',
      prompt: 'What is the “.alt” ending for?',
      options: ['Alternative energy sites', 'Names that are not part of the DNS', 'Names for government use only'],
      answer: 1,
      explanation:
        'RFC 9476 sets aside “.alt” for names outside the DNS, so systems that use it cannot clash with real top-level domains.',
    },
  ],
  relatedDemos: [],
  seeAlso: [
    { path: '/explore', label: 'Explore: blockchain and Internet governance uses' },
    { path: '/names', label: 'Names: a blockchain name registry under .alt' },
  ],
  checked: '2026-11-27',
}
