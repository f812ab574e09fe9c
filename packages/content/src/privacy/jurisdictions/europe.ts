import type { JurisdictionInput } from '../input.ts'

/** The 27 EU member states and the three EEA EFTA states, as ISO 3166-1 numeric codes. */
const euEea = [
  '040',
  '056',
  '100',
  '191',
  '196',
  '203',
  '208',
  '233',
  '246',
  '250',
  '276',
  '300',
  '348',
  '372',
  '380',
  '428',
  '440',
  '442',
  '470',
  '528',
  '616',
  '620',
  '642',
  '703',
  '705',
  '724',
  '752',
  '352',
  '438',
  '578',
]

const gdpr = (pinpoint: string) => ({ source: 'gdpr', pinpoint }) as const

export const europeanJurisdictions = [
  {
    id: 'eu-eea',
    name: 'European Union and EEA',
    kind: 'union',
    instrument: 'General Data Protection Regulation (GDPR)',
    laws: ['gdpr'],
    summary:
      'The GDPR applies across the EU and, through the EEA Agreement, in Iceland, Liechtenstein and Norway. It is the law most of the blockchain guidance (CNIL, EDPB, EU Blockchain Observatory, EPRS) was written against.',
    territories: euEea,
    citations: [{ source: 'gdpr' }, { source: 'efta-gdpr-eea' }],
    checked: '2026-11-27',
    provisions: [
      {
        id: 'eu-personal-data',
        topic: 'personal-data',
        title: 'Definition of personal data; identifiability',
        summary:
          'Personal data are any information relating to an identified or identifiable person; identifiability is judged by the means reasonably likely to be used by anyone, and pseudonymised data that can be re-attributed stay personal.',
        nodes: ['concept-personal-data', 'tension-pseudonymous-keys', 'data-public-key'],
        citations: [gdpr('Art. 4(1)'), gdpr('Recital 26')],
      },
      {
        id: 'eu-anonymisation',
        topic: 'anonymisation',
        title: 'Anonymous information is outside the GDPR',
        summary:
          'The principles do not apply to information rendered anonymous so that the person is no longer identifiable; pseudonymisation is defined separately and does not have this effect.',
        nodes: ['concept-anonymisation', 'concept-pseudonymisation', 'tension-hashing-not-anonymisation'],
        citations: [gdpr('Recital 26'), gdpr('Art. 4(5)')],
      },
      {
        id: 'eu-roles',
        topic: 'roles',
        title: 'Joint controllers and processors',
        summary:
          'Joint controllers must set out their responsibilities in an arrangement; processors act under a contract with the terms of Art. 28(3).',
        nodes: ['tension-controllership', 'role-joint-controller', 'role-processor'],
        citations: [gdpr('Art. 26'), gdpr('Art. 28')],
      },
      {
        id: 'eu-principles',
        topic: 'principles',
        title: 'Principles of processing',
        summary:
          'Lawfulness, fairness and transparency; purpose limitation; minimisation; accuracy; storage limitation; integrity and confidentiality; accountability.',
        nodes: [
          'principle-minimisation',
          'principle-storage-limitation',
          'principle-accuracy',
          'tension-storage-limitation',
          'tension-transparency-minimisation',
        ],
        citations: [gdpr('Art. 5')],
      },
      {
        id: 'eu-erasure',
        topic: 'erasure',
        title: 'Right to erasure',
        summary:
          'Erasure without undue delay on listed grounds, with exceptions; a controller that made data public must take reasonable steps to inform other controllers.',
        nodes: ['right-erasure', 'tension-immutability-erasure'],
        citations: [gdpr('Art. 17')],
      },
      {
        id: 'eu-rectification',
        topic: 'rectification',
        title: 'Right to rectification',
        summary:
          'Correction of inaccurate data and completion of incomplete data, including by a supplementary statement.',
        nodes: ['right-rectification', 'tension-immutability-rectification'],
        citations: [gdpr('Art. 16')],
      },
      {
        id: 'eu-objection',
        topic: 'objection',
        title: 'Right to object',
        summary:
          'Processing based on public interest or legitimate interests must stop after a valid objection unless compelling grounds are shown.',
        nodes: ['right-object', 'tension-objection'],
        citations: [gdpr('Art. 21')],
      },
      {
        id: 'eu-automated',
        topic: 'automated-decisions',
        title: 'Automated individual decision-making',
        summary:
          'A right not to be subject to solely automated decisions with legal or similarly significant effects, save exceptions with safeguards including human intervention.',
        nodes: ['right-automated-decisions', 'tension-automated-execution'],
        citations: [gdpr('Art. 22')],
      },
      {
        id: 'eu-transfers',
        topic: 'transfers',
        title: 'Transfers to third countries',
        summary:
          'Transfers need an adequacy decision, appropriate safeguards (such as binding corporate rules) or a derogation for a specific situation.',
        nodes: ['obligation-transfers', 'tension-replication-transfers'],
        citations: [gdpr('Arts 44–49')],
      },
      {
        id: 'eu-by-design',
        topic: 'by-design',
        title: 'Data protection by design and by default',
        summary: 'Measures from the design stage; by default, no access by an indefinite number of people.',
        nodes: ['obligation-by-design', 'tension-transparency-minimisation'],
        citations: [gdpr('Art. 25')],
      },
      {
        id: 'eu-dpia',
        topic: 'impact-assessment',
        title: 'Data protection impact assessment',
        summary: 'A DPIA before processing likely to result in a high risk, in particular with new technologies.',
        nodes: ['obligation-dpia', 'mitigation-necessity-assessment'],
        citations: [gdpr('Art. 35')],
      },
    ],
  },
  {
    id: 'uk',
    name: 'United Kingdom',
    kind: 'country',
    instrument: 'UK GDPR and Data Protection Act 2018, as amended by the Data (Use and Access) Act 2025',
    laws: ['uk-gdpr', 'uk-duaa-2025'],
    summary:
      'The UK kept the GDPR as domestic law at the end of the Brexit transition period. The Data (Use and Access) Act 2025 amended it substantially, including a new basis for international transfers. Only the provisions listed below were checked against the UK text.',
    territories: ['826'],
    citations: [{ source: 'uk-gdpr' }, { source: 'uk-duaa-2025' }],
    checked: '2026-11-27',
    provisions: [
      {
        id: 'uk-erasure',
        topic: 'erasure',
        title: 'Right to erasure',
        summary:
          'As in the EU text, with erasure for compliance with a legal obligation "under domestic law" and an added ground for data processed because of a malicious allegation.',
        nodes: ['right-erasure', 'tension-immutability-erasure'],
        citations: [{ source: 'uk-gdpr', pinpoint: 'Art. 17' }],
      },
      {
        id: 'uk-rectification',
        topic: 'rectification',
        title: 'Right to rectification',
        summary: 'Rectification of inaccurate data and completion of incomplete data.',
        nodes: ['right-rectification', 'tension-immutability-rectification'],
        citations: [{ source: 'uk-gdpr', pinpoint: 'Art. 16' }],
      },
      {
        id: 'uk-transfers',
        topic: 'transfers',
        title: 'Transfers approved by regulations; the data protection test',
        summary:
          'Articles 44A and 45A replace the general principle and adequacy decisions: transfers are allowed if approved by regulations (made only where the "data protection test" is met), made subject to appropriate safeguards, or covered by a derogation.',
        nodes: ['obligation-transfers', 'tension-replication-transfers'],
        citations: [{ source: 'uk-duaa-2025', pinpoint: 'Sch. 7' }],
        note: 'Commencement of Schedule 7 (reported as 5 February 2026) was seen only in a law-firm note.',
      },
    ],
  },
  {
    id: 'coe-108plus',
    name: 'Council of Europe Convention 108+',
    kind: 'treaty',
    instrument: 'Modernised Convention 108 (CETS No. 223)',
    laws: ['coe-108plus'],
    summary:
      'The only binding international data protection treaty, open to states outside the Council of Europe. Entry into force of the amending Protocol was not confirmed, and the list of parties was not checked, so no countries are shaded for it on the map.',
    territories: [],
    territoryNote: 'A treaty, not a territory: parties are not shown on the map because the list was not verified.',
    citations: [{ source: 'coe-108plus' }],
    checked: '2026-11-27',
    provisions: [
      {
        id: 'coe-principles',
        topic: 'principles',
        title: 'Legitimacy of processing and quality of data',
        summary:
          'Processing must be lawful and fair, for explicit, specified and legitimate purposes; data must be adequate, relevant and not excessive, accurate, and kept in identifiable form no longer than necessary.',
        nodes: ['principle-minimisation', 'principle-storage-limitation', 'principle-accuracy'],
        citations: [{ source: 'coe-108plus', pinpoint: 'Art. 5' }],
      },
      {
        id: 'coe-rights',
        topic: 'erasure',
        title: 'Rights of the data subject: rectification and erasure',
        summary: 'Data subjects may obtain rectification or erasure of data processed contrary to the Convention.',
        nodes: ['right-erasure', 'right-rectification', 'tension-immutability-erasure'],
        citations: [{ source: 'coe-108plus', pinpoint: 'Art. 9' }],
      },
      {
        id: 'coe-automated',
        topic: 'automated-decisions',
        title: 'Rights of the data subject: automated decisions',
        summary:
          'A right not to be subject to a decision significantly affecting the person based solely on automated processing without having their views taken into consideration.',
        nodes: ['right-automated-decisions', 'tension-automated-execution'],
        citations: [{ source: 'coe-108plus', pinpoint: 'Art. 9' }],
      },
      {
        id: 'coe-by-design',
        topic: 'by-design',
        title: 'Additional obligations, including design',
        summary:
          'Controllers (and processors) must take appropriate measures and be able to demonstrate compliance; the principles apply at all stages, including the design of processing.',
        nodes: ['obligation-by-design', 'principle-accountability'],
        citations: [{ source: 'coe-108plus', pinpoint: 'Art. 10' }],
      },
      {
        id: 'coe-transfers',
        topic: 'transfers',
        title: 'Transborder flows of personal data',
        summary:
          'Transfers between parties may not be restricted for data protection reasons alone, save exceptions; transfers to non-parties require an appropriate level of protection by law or by binding safeguards.',
        nodes: ['obligation-transfers', 'tension-replication-transfers'],
        citations: [{ source: 'coe-108plus', pinpoint: 'Art. 14' }],
      },
    ],
  },
] satisfies JurisdictionInput[]
