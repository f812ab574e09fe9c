import type { JurisdictionInput } from '../input.ts'

export const americanJurisdictions = [
  {
    id: 'california',
    name: 'California (United States)',
    kind: 'subnational',
    instrument: 'California Consumer Privacy Act, as amended by the California Privacy Rights Act',
    laws: ['ccpa', 'cpra'],
    summary:
      'A state law giving California consumers rights over personal information that businesses collect, including deletion and, since the CPRA, correction. It is not a general data protection law for all processing: it applies to "businesses" as the Act defines them.',
    territories: ['840'],
    territoryNote:
      'Drawn on the whole United States because the map has no state borders; the law is California’s only.',
    citations: [{ source: 'ccpa' }, { source: 'cpra' }],
    checked: '2026-11-27',
    provisions: [
      {
        id: 'ca-personal-information',
        topic: 'personal-data',
        title: 'Definition of personal information',
        summary:
          'Information that identifies, relates to, describes, is reasonably capable of being associated with, or could reasonably be linked with a consumer or household, including online identifiers.',
        nodes: ['concept-personal-data', 'tension-pseudonymous-keys'],
        citations: [{ source: 'ccpa', pinpoint: '§ 1798.140' }],
      },
      {
        id: 'ca-deidentified',
        topic: 'anonymisation',
        title: 'Deidentified information',
        summary:
          'Information that cannot reasonably be linked to a consumer, provided the business takes reasonable measures, publicly commits not to re-identify it and binds recipients contractually.',
        nodes: ['concept-anonymisation', 'tension-hashing-not-anonymisation'],
        citations: [{ source: 'ccpa', pinpoint: '§ 1798.140' }],
      },
      {
        id: 'ca-delete',
        topic: 'erasure',
        title: 'Right to delete',
        summary:
          'A consumer may request that a business delete personal information about the consumer that it collected from the consumer, subject to the Act’s exceptions.',
        nodes: ['right-erasure', 'tension-immutability-erasure'],
        citations: [{ source: 'ccpa', pinpoint: '§ 1798.105' }],
      },
      {
        id: 'ca-correct',
        topic: 'rectification',
        title: 'Right to correct',
        summary:
          'A business that maintains inaccurate personal information must use commercially reasonable efforts to correct it on a verifiable request.',
        nodes: ['right-rectification', 'tension-immutability-rectification'],
        citations: [{ source: 'cpra', pinpoint: '§ 1798.106' }],
      },
    ],
  },
  {
    id: 'brazil',
    name: 'Brazil',
    kind: 'country',
    instrument: 'Lei Geral de Proteção de Dados Pessoais (LGPD)',
    laws: ['lgpd'],
    summary:
      'Brazil’s general data protection law, closely comparable to the GDPR in structure, with its own rules on anonymised data, data subject rights and international transfers.',
    territories: ['076'],
    citations: [{ source: 'lgpd' }],
    checked: '2026-11-27',
    provisions: [
      {
        id: 'br-anonymised',
        topic: 'anonymisation',
        title: 'Anonymised data',
        summary:
          'Anonymised data are not personal data unless the anonymisation can be reversed using the processor’s own means or with reasonable effort, judged by cost, time and available technology.',
        nodes: ['concept-anonymisation', 'tension-hashing-not-anonymisation'],
        citations: [{ source: 'lgpd', pinpoint: 'Art. 12' }],
      },
      {
        id: 'br-retention',
        topic: 'principles',
        title: 'Deletion when processing ends',
        summary:
          'Personal data are to be deleted when processing ends, with listed exceptions (legal obligation, research, transfer to third parties, exclusive use by the controller once anonymised).',
        nodes: ['principle-storage-limitation', 'tension-storage-limitation'],
        citations: [{ source: 'lgpd', pinpoint: 'Art. 16' }],
      },
      {
        id: 'br-erasure',
        topic: 'erasure',
        title: 'Deletion and anonymisation rights',
        summary:
          'Data subjects may obtain anonymisation, blocking or deletion of unnecessary, excessive or unlawfully processed data, and deletion of data processed with consent, save the Art. 16 exceptions.',
        nodes: ['right-erasure', 'tension-immutability-erasure'],
        citations: [{ source: 'lgpd', pinpoint: 'Art. 18, IV and VI' }],
      },
      {
        id: 'br-rectification',
        topic: 'rectification',
        title: 'Correction of data',
        summary: 'Data subjects may obtain correction of incomplete, inaccurate or out-of-date data.',
        nodes: ['right-rectification', 'tension-immutability-rectification'],
        citations: [{ source: 'lgpd', pinpoint: 'Art. 18, III' }],
      },
      {
        id: 'br-automated',
        topic: 'automated-decisions',
        title: 'Review of automated decisions',
        summary:
          'Data subjects may request review of decisions taken solely on the basis of automated processing that affect their interests.',
        nodes: ['right-automated-decisions', 'tension-automated-execution'],
        citations: [{ source: 'lgpd', pinpoint: 'Art. 20' }],
      },
      {
        id: 'br-transfers',
        topic: 'transfers',
        title: 'International transfer',
        summary:
          'International transfer is allowed only in listed cases, such as countries with an adequate level of protection, specific or standard contractual clauses, global corporate rules, or specific and highlighted consent.',
        nodes: ['obligation-transfers', 'tension-replication-transfers'],
        citations: [{ source: 'lgpd', pinpoint: 'Art. 33' }],
      },
    ],
  },
] satisfies JurisdictionInput[]
