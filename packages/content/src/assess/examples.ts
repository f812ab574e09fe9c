import type { Citation } from '../citation.ts'
import type { principleSet } from './principles.ts'
import type { StakeholderGroupId } from './stakeholders.ts'

type PrincipleId = (typeof principleSet)['principles'][number]['id']

/** A rating on the 0–4 scale, or the separate "cannot assess — information not public" answer. */
export type ExampleRating = 0 | 1 | 2 | 3 | 4 | 'cannot-assess'

/** A fact about the initiative, with the sources that support it. */
export interface ExampleFact {
  readonly id: string
  readonly text: string
  readonly citations: readonly Citation[]
}

/** One illustrative evaluation: real, cited facts about a real initiative, and an invented panel's scores. */
export interface IllustrativeEvaluation {
  readonly id: string
  readonly initiative: {
    readonly name: string
    readonly body: string
    readonly jurisdiction: string
    readonly stage: 'idea' | 'pilot' | 'production' | 'retired'
    readonly description: string
    readonly links: readonly string[]
  }
  readonly facts: readonly ExampleFact[]
  /** Answers to the gate questions, in the order asked (question id → yes/no). */
  readonly gateAnswers: Readonly<Record<string, boolean>>
  /** The invented panel: one evaluator per group, identified only by a label. */
  readonly panel: readonly { readonly label: string; readonly group: StakeholderGroupId }[]
  /** Per principle, one rating per panel member (same order) and the panel's illustrative rationale. */
  readonly scores: readonly {
    readonly principle: PrincipleId
    readonly ratings: readonly ExampleRating[]
    readonly rationale: string
  }[]
}

/** Shown wherever an example appears: the facts are cited, the panel and its scores are invented. */
export const illustrativeNotice =
  'Illustrative example. The facts about the initiative are cited; the panel, its scores and its rationales are invented to demonstrate the method and are not an evaluation of the initiative.'

const panel = [
  { label: 'Illustrative evaluator A', group: 'government' },
  { label: 'Illustrative evaluator B', group: 'civil-society' },
  { label: 'Illustrative evaluator C', group: 'technical-community' },
] as const

/** Two documented land-registry initiatives: a pilot (Sweden) and a system in production (Georgia). */
export const illustrativeEvaluations: readonly IllustrativeEvaluation[] = [
  {
    id: 'sweden-land-registry-testbed',
    initiative: {
      name: 'The Land Registry in the blockchain – testbed',
      body: 'Lantmäteriet (Swedish Mapping, Cadastre and Land Registration Authority)',
      jurisdiction: 'Sweden',
      stage: 'pilot',
      description:
        'A testbed for real estate transactions and mortgage deeds on a private blockchain, built with banks and technology partners after a 2016 proof of concept.',
      links: [],
    },
    facts: [
      {
        id: 'partners',
        text: 'A 2016 project of Lantmäteriet with Telia Company, ChromaWay and Kairos Future studied blockchains as a technical solution for real estate transactions.',
        citations: [{ source: 'lantmateriet-2016' }],
      },
      {
        id: 'testbed',
        text: 'The March 2017 testbed, with Landshypotek Bank and SBAB joining, included a private blockchain that can be run by a group of public and private entities and an application managing contracts recorded on it, including a contract for mortgage deeds.',
        citations: [{ source: 'lantmateriet-2017' }],
      },
      {
        id: 'purpose',
        text: 'The testbed’s stated purpose was to build and test the technology and to understand legal, process and security problems before any launch.',
        citations: [{ source: 'lantmateriet-2017' }],
      },
    ],
    gateAnswers: {
      'store-state': true,
      'multiple-writers': true,
      'trusted-third-party': false,
      'writers-known': true,
      'writers-trusted': false,
      'public-verifiability': false,
    },
    panel,
    scores: [
      {
        principle: 'necessity',
        ratings: [3, 2, 2],
        rationale:
          'The reports describe the expected benefits of a shared ledger between the agency and banks; the panel found no documented comparison with a shared conventional register.',
      },
      {
        principle: 'transparency',
        ratings: [3, 3, 2],
        rationale: 'Two public reports describe the design and partners; code and audit results were not found.',
      },
      {
        principle: 'data-protection',
        ratings: [2, 'cannot-assess', 2],
        rationale: 'The testbed report discusses legal problems; a data protection impact assessment was not found.',
      },
      {
        principle: 'inclusion',
        ratings: ['cannot-assess', 'cannot-assess', 1],
        rationale: 'The panel found no public information on non-digital routes or accessibility testing.',
      },
      {
        principle: 'accountability',
        ratings: [3, 2, 3],
        rationale:
          'The project was run with the registration authority; correction and appeal procedures were not described in detail.',
      },
      {
        principle: 'interoperability',
        ratings: [2, 2, 1],
        rationale: 'The reports name specific partners’ technology; open interfaces were not documented.',
      },
      {
        principle: 'sustainability',
        ratings: [3, 2, 3],
        rationale:
          'A private network run by known parties need not use energy-intensive mining; the consensus mechanism and running costs were not found.',
      },
      {
        principle: 'exit',
        ratings: ['cannot-assess', 1, 'cannot-assess'],
        rationale: 'No exit or migration plan was found in the reports.',
      },
      {
        principle: 'multistakeholder',
        ratings: [3, 1, 2],
        rationale: 'Banks and technology firms took part; the panel found no involvement of civil society or academia.',
      },
    ],
  },
  {
    id: 'georgia-land-titles',
    initiative: {
      name: 'Blockchain land-title registration',
      body: 'National Agency of Public Registry (NAPR), Ministry of Justice of Georgia',
      jurisdiction: 'Georgia',
      stage: 'production',
      description:
        'Land-title registrations recorded with a blockchain system developed with Bitfury: a permissioned chain operated by the registry and tied to the Bitcoin blockchain, as described in 2016; in use for new registrations according to the registry in 2017.',
      links: ['http://investor.ge/article_2017_2.php?art=6'],
    },
    facts: [
      {
        id: 'agreement',
        text: 'In April 2016 Bitfury agreed with the Georgian government to help develop a land-title registration platform for NAPR, an office of the Ministry of Justice; according to Bitfury, the platform would use a permissioned blockchain operated by NAPR and tied to the Bitcoin blockchain.',
        citations: [{ source: 'coindesk-georgia-2016' }],
      },
      {
        id: 'in-use',
        text: 'According to the head of the Public Registry, all new property registrations and title updates have been done using the blockchain system since February 2017, at unchanged prices.',
        citations: [{ source: 'investor-ge-napr-2017' }],
      },
    ],
    gateAnswers: { 'store-state': true, 'multiple-writers': false },
    panel,
    scores: [
      {
        principle: 'necessity',
        ratings: [2, 1, 1],
        rationale:
          'The registry is the single writer; the reports do not document why anchoring records on a public chain was preferred to a published signed log.',
      },
      {
        principle: 'transparency',
        ratings: [2, 1, 2],
        rationale:
          'Announcements and interviews describe the system; technical documentation was not found by the panel.',
      },
      {
        principle: 'data-protection',
        ratings: ['cannot-assess', 'cannot-assess', 'cannot-assess'],
        rationale: 'Which data are hashed or anchored, and any impact assessment, were not found in public sources.',
      },
      {
        principle: 'inclusion',
        ratings: [3, 2, 'cannot-assess'],
        rationale: 'The registration procedure and prices stayed the same for citizens according to the registry.',
      },
      {
        principle: 'accountability',
        ratings: [3, 2, 3],
        rationale: 'The public registry remains the responsible body; redress procedures were not described.',
      },
      {
        principle: 'interoperability',
        ratings: [1, 'cannot-assess', 1],
        rationale: 'The platform was developed with one company; open specifications were not found.',
      },
      {
        principle: 'sustainability',
        ratings: ['cannot-assess', 1, 2],
        rationale: 'Anchoring to Bitcoin uses a proof-of-work chain; costs and energy were not published.',
      },
      {
        principle: 'exit',
        ratings: ['cannot-assess', 'cannot-assess', 1],
        rationale: 'No exit plan or vendor-change provisions were found.',
      },
      {
        principle: 'multistakeholder',
        ratings: [2, 0, 1],
        rationale: 'The reports describe a government–company partnership; no public consultation was found.',
      },
    ],
  },
]
