/**
 * Content of the IGF 2019 demo, after the Dynamic Coalition on Blockchain Technologies' session "Capacity
 * Building for Better Blockchain Governance" (Berlin, 2019): five designs, each with two topics, four sprint-1
 * ideas, two sprint-2 ideas added by the group that rotated onto it, summaries, and the project it led to.
 * The texts are written for the demo; the people are synthetic.
 */

export interface DemoDesign {
  readonly topics: readonly [string, string]
  /** Sprint-1 ideas, each under topic 0 or 1, strongest first (scores follow that order). */
  readonly ideas: readonly { readonly topic: 0 | 1; readonly text: string }[]
  /** Added in sprint 2 by the group that rotated onto this design. */
  readonly iterations: readonly { readonly topic: 0 | 1; readonly text: string }[]
  readonly summaries: readonly [string, string]
  readonly project: string
  readonly nextStep: string
}

export const IGF2019_TITLE = 'Capacity Building for Better Blockchain Governance'

export const igf2019Designs: readonly DemoDesign[] = [
  {
    topics: ['Data protection on immutable ledgers', 'Cross-border data flows and node operators'],
    ideas: [
      { topic: 0, text: 'Map where personal data touches each layer of a blockchain system' },
      { topic: 0, text: 'Collect regulators’ guidance on erasure rights and immutability' },
      { topic: 1, text: 'Compare data-protection laws that apply to node operators' },
      { topic: 1, text: 'Publish privacy-by-design patterns: keep personal data off-chain, store only hashes' },
    ],
    iterations: [
      { topic: 0, text: 'Make the map interactive and searchable by country' },
      { topic: 1, text: 'Invite data-protection authorities to review the map' },
    ],
    summaries: [
      'Data protection: the group wants a shared map of where personal data meets blockchain systems.',
      'The second group kept the map and made it interactive, searchable by country.',
    ],
    project: 'An interactive map of data-protection considerations',
    nextStep: 'Share a first draft of the map on the coalition’s mailing list within three months',
  },
  {
    topics: ['Education for the general public', 'Capacity building for policymakers'],
    ideas: [
      { topic: 0, text: 'A plain-language primer on what blockchains can and cannot do' },
      { topic: 0, text: 'Short explainer videos in the six UN languages' },
      { topic: 1, text: 'Workshops for parliamentary staff' },
      { topic: 1, text: 'A curated reading list for regulators' },
    ],
    iterations: [
      { topic: 0, text: 'Translate the primer through volunteer networks' },
      { topic: 0, text: 'Test the materials with a school and a public library' },
    ],
    summaries: [
      'Education: start with the general public, in plain language, before training specialists.',
      'The second group added translation by volunteers and testing with schools and libraries.',
    ],
    project: 'Educational materials for the general public',
    nextStep: 'Draft the primer and ask two volunteers to translate it before the next IGF',
  },
  {
    topics: ['Principles for government adoption', 'Multistakeholder evaluation of projects'],
    ideas: [
      { topic: 1, text: 'An independent review panel with civil society and technical experts' },
      { topic: 0, text: 'A checklist: does this project need a blockchain at all?' },
      { topic: 0, text: 'An open public consultation before procurement' },
      { topic: 1, text: 'Publish evaluation results openly' },
    ],
    iterations: [
      { topic: 1, text: 'Pilot the principles on two public projects' },
      { topic: 0, text: 'Align the principles with existing e-government guidelines' },
    ],
    summaries: [
      'Government adoption: projects should be evaluated by all stakeholders, not only by vendors.',
      'The second group proposed piloting the principles on two public projects.',
    ],
    project: 'Principles for multistakeholder evaluation of government blockchain projects',
    nextStep: 'Circulate draft principles for comment among the coalition and two governments',
  },
  {
    topics: ['A blockchain domain name system', 'Coexistence with the DNS root'],
    ideas: [
      { topic: 0, text: 'Survey existing blockchain naming systems and how they are governed' },
      { topic: 1, text: 'Study the risk of name collisions with the DNS root' },
      { topic: 0, text: 'Propose a fair process for name disputes' },
      { topic: 1, text: 'Prototype resolution through standard DNS resolvers' },
    ],
    iterations: [
      { topic: 1, text: 'Document security and censorship-resistance trade-offs' },
      { topic: 0, text: 'Engage the technical community early, through open mailing lists' },
    ],
    summaries: [
      'Naming: a blockchain DNS must coexist with the DNS root and have a fair dispute process.',
      'The second group added a written analysis of security trade-offs.',
    ],
    project: 'A blockchain domain name system',
    nextStep: 'Publish the survey of naming systems and a prototype plan for comment',
  },
  {
    topics: ['Blockchain’s role in Internet governance', 'Transparent multistakeholder processes'],
    ideas: [
      { topic: 1, text: 'A tool to record consensus decisions transparently' },
      { topic: 0, text: 'Catalogue uses of blockchain by Internet governance bodies' },
      { topic: 0, text: 'Case studies of decentralised governance' },
      { topic: 1, text: 'Assess energy use and inclusion before adopting a tool' },
    ],
    iterations: [
      { topic: 1, text: 'Open-source the tools so other dynamic coalitions can use them' },
      { topic: 0, text: 'Present the catalogue at the next IGF' },
    ],
    summaries: [
      'Internet governance: explore where blockchains can make multistakeholder processes more transparent.',
      'The second group asked for open-source tools that other coalitions can reuse.',
    ],
    project: 'Tools to explore blockchain’s contributions to Internet governance',
    nextStep: 'Collect five case studies and list candidate tools on the coalition’s wiki',
  },
]
