import type { JurisdictionInput } from '../input.ts'

export const asianAndAfricanJurisdictions = [
  {
    id: 'china',
    name: 'China',
    kind: 'country',
    instrument: 'Personal Information Protection Law (PIPL)',
    laws: ['pipl'],
    summary:
      'China’s comprehensive personal information law, with strict rules on providing personal information abroad. Provisions below were read in English translations; the Chinese text prevails.',
    territories: ['156'],
    citations: [{ source: 'pipl' }],
    checked: '2026-11-27',
    provisions: [
      {
        id: 'cn-personal-information',
        topic: 'personal-data',
        title: 'Definition of personal information',
        summary:
          'Information relating to identified or identifiable natural persons, recorded electronically or otherwise, excluding anonymised information.',
        nodes: ['concept-personal-data', 'concept-anonymisation'],
        citations: [{ source: 'pipl', pinpoint: 'Art. 4' }],
      },
      {
        id: 'cn-deletion',
        topic: 'erasure',
        title: 'Deletion',
        summary:
          'Handlers must proactively delete personal information in listed cases (purpose achieved, storage period expired, consent withdrawn, unlawful processing), and individuals may request it. Where deletion is technically difficult, the handler must stop all processing except storage and necessary security measures.',
        nodes: ['right-erasure', 'tension-immutability-erasure'],
        citations: [{ source: 'pipl', pinpoint: 'Art. 47' }],
        note: 'The rule on technically difficult deletion is directly relevant to blockchains; its application to ledgers was not found in the sources.',
      },
      {
        id: 'cn-transfers',
        topic: 'transfers',
        title: 'Providing personal information abroad',
        summary:
          'Providing personal information outside China requires a security assessment by the Cyberspace Administration, certification, a standard contract or another listed basis; critical information infrastructure operators and handlers above volume thresholds must store data in China and pass a security assessment.',
        nodes: ['obligation-transfers', 'tension-replication-transfers'],
        citations: [{ source: 'pipl', pinpoint: 'Arts 38, 40' }],
      },
      {
        id: 'cn-impact-assessment',
        topic: 'impact-assessment',
        title: 'Personal information protection impact assessment',
        summary:
          'An assessment in advance, with a record, before handling sensitive information, automated decision-making, publicising personal information or providing it abroad, among other cases.',
        nodes: ['obligation-dpia', 'tension-automated-execution'],
        citations: [{ source: 'pipl', pinpoint: 'Art. 55' }],
      },
    ],
  },
  {
    id: 'south-africa',
    name: 'South Africa',
    kind: 'country',
    instrument: 'Protection of Personal Information Act (POPIA)',
    laws: ['popia'],
    summary:
      'South Africa’s data protection law, enforced by the Information Regulator, with conditions for lawful processing, correction and deletion rights, and limits on transfers abroad.',
    territories: ['710'],
    citations: [{ source: 'popia' }],
    checked: '2026-11-27',
    provisions: [
      {
        id: 'za-deletion',
        topic: 'erasure',
        title: 'Deletion or destruction on request',
        summary:
          'A data subject may request deletion of inaccurate, irrelevant, excessive, out-of-date, incomplete, misleading or unlawfully obtained information, or destruction of records the responsible party may no longer keep.',
        nodes: ['right-erasure', 'tension-immutability-erasure'],
        citations: [{ source: 'popia', pinpoint: 's. 24' }],
      },
      {
        id: 'za-correction',
        topic: 'rectification',
        title: 'Correction, or a note that correction was requested',
        summary:
          'The responsible party must correct the information, or — where no agreement is reached and the data subject asks — attach an indication that a correction was requested but not made.',
        nodes: ['right-rectification', 'tension-immutability-rectification'],
        citations: [{ source: 'popia', pinpoint: 's. 24' }],
      },
      {
        id: 'za-transfers',
        topic: 'transfers',
        title: 'Transfers outside the Republic',
        summary:
          'Transfers to a third party in a foreign country need a recipient bound by law, binding corporate rules or an agreement giving adequate protection, consent, contractual necessity, or a transfer for the data subject’s benefit.',
        nodes: ['obligation-transfers', 'tension-replication-transfers'],
        citations: [{ source: 'popia', pinpoint: 's. 72' }],
      },
    ],
  },
  {
    id: 'japan',
    name: 'Japan',
    kind: 'country',
    instrument: 'Act on the Protection of Personal Information (APPI)',
    laws: ['appi'],
    summary:
      'Japan’s main private-sector data protection law, supervised by the Personal Information Protection Commission. The Act has been amended and renumbered several times; only the provisions below were checked, and one of them only against a secondary source.',
    territories: ['392'],
    citations: [{ source: 'appi' }],
    checked: '2026-11-27',
    provisions: [
      {
        id: 'jp-transfers',
        topic: 'transfers',
        title: 'Provision of personal data to third parties in foreign countries',
        summary:
          'Personal data may be provided to a third party in a foreign country only with the person’s prior consent, save the exceptions the Act sets out.',
        nodes: ['obligation-transfers', 'tension-replication-transfers'],
        citations: [{ source: 'appi', pinpoint: 'Art. 28' }],
        note: 'Article number as quoted by a consultancy page for the current text; older texts number this provision Art. 24.',
      },
      {
        id: 'jp-correction-cessation',
        topic: 'rectification',
        title: 'Correction and cessation of use of retained personal data',
        summary:
          'A person may ask a business to correct, add to or delete retained personal data that are not factual, and to stop using or delete data handled unlawfully.',
        nodes: ['right-rectification', 'right-erasure', 'tension-immutability-rectification'],
        citations: [
          {
            source: 'appi',
            note: 'Cited as a whole: article numbers changed with the amendments and were not verified against the current text.',
          },
        ],
        note: 'Article numbers not verified; the rights were described in the EU adequacy analysis under the Act’s earlier numbering.',
      },
    ],
  },
  {
    id: 'india',
    name: 'India',
    kind: 'country',
    instrument: 'Digital Personal Data Protection Act, 2023 and DPDP Rules, 2025',
    laws: ['dpdp-act', 'dpdp-rules'],
    summary:
      'India’s first comprehensive data protection law. The 2025 Rules that put it into operation apply in phases, many of them only from 13 May 2027. Cross-border transfers are permitted unless the Central Government restricts a destination.',
    territories: ['356'],
    citations: [{ source: 'dpdp-act' }, { source: 'dpdp-rules' }],
    checked: '2026-11-27',
    provisions: [
      {
        id: 'in-retention',
        topic: 'principles',
        title: 'Erasure when consent is withdrawn or the purpose is served',
        summary:
          'A Data Fiduciary must erase personal data, and have its processors erase them, once consent is withdrawn or it is reasonable to assume the specified purpose is no longer served, unless retention is required by law.',
        nodes: ['principle-storage-limitation', 'tension-storage-limitation'],
        citations: [{ source: 'dpdp-act', pinpoint: 's. 8(7)' }],
        note: 'Rule 8 of the 2025 Rules sets when a purpose is deemed no longer served; it applies from 13 May 2027 and its text was not checked.',
      },
      {
        id: 'in-erasure',
        topic: 'erasure',
        title: 'Right to erasure',
        summary:
          'On request, a Data Fiduciary must erase personal data processed with consent unless retention is necessary for the specified purpose or to comply with law.',
        nodes: ['right-erasure', 'tension-immutability-erasure'],
        citations: [{ source: 'dpdp-act', pinpoint: 's. 12(3)' }],
      },
      {
        id: 'in-correction',
        topic: 'rectification',
        title: 'Right to correction, completion and updating',
        summary:
          'A Data Fiduciary must correct inaccurate or misleading data, complete incomplete data and update data on request.',
        nodes: ['right-rectification', 'tension-immutability-rectification'],
        citations: [{ source: 'dpdp-act', pinpoint: 's. 12(2)' }],
      },
      {
        id: 'in-transfers',
        topic: 'transfers',
        title: 'Processing outside India',
        summary:
          'The Central Government may by notification restrict transfers to countries or territories outside India; stricter sectoral laws continue to apply.',
        nodes: ['obligation-transfers', 'tension-replication-transfers'],
        citations: [
          { source: 'dpdp-act', pinpoint: 's. 16' },
          {
            source: 'dpdp-rules',
            note: 'Rule 14 (processing outside India) applies from 13 May 2027; its text was not checked.',
          },
        ],
      },
    ],
  },
] satisfies JurisdictionInput[]
