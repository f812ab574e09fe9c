import type { NodeInput } from '../input.ts'

/** Where the way blockchains work pulls against data protection rules. */
export const tensionNodes = [
  {
    id: 'tension-immutability-erasure',
    kind: 'tension',
    label: 'Immutability vs the right to erasure',
    summary:
      'An append-only ledger is designed so that records cannot be removed; erasure rights require that they can be.',
    explanation:
      'The GDPR obliges controllers to erase personal data on the grounds listed in Art. 17, and comparable rights exist in the UK GDPR, Brazil’s LGPD, China’s PIPL, India’s DPDP Act, South Africa’s POPIA and the CCPA. The EDPB’s consultation guidelines treat the difficulty of deleting data from a blockchain as an inherent risk and say it must be addressed at the design stage; the EU Blockchain Observatory and Forum and the EPRS study both identify data subject rights, erasure above all, as a central conflict.',
    designObservation:
      'No single node operator can delete a record from everyone’s copy. Erasure is achievable only if it was designed in: personal data kept off chain, or on-chain values that become meaningless when an off-chain secret is destroyed.',
    citations: [
      { source: 'gdpr', pinpoint: 'Art. 17' },
      { source: 'uk-gdpr', pinpoint: 'Art. 17' },
      { source: 'lgpd', pinpoint: 'Art. 18, VI' },
      { source: 'pipl', pinpoint: 'Art. 47' },
      { source: 'dpdp-act', pinpoint: 's. 12' },
      { source: 'popia', pinpoint: 's. 24' },
      { source: 'ccpa', pinpoint: '§ 1798.105' },
      { source: 'edpb-0225', note: 'Consultation version.' },
      { source: 'eubof-2018' },
      { source: 'eprs-finck-2019' },
    ],
  },
  {
    id: 'tension-immutability-rectification',
    kind: 'tension',
    label: 'Immutability vs accuracy and rectification',
    summary:
      'Inaccurate on-chain data cannot be overwritten in place, yet the law requires inaccurate data to be corrected.',
    explanation:
      'GDPR Art. 16 gives a right to rectification and Art. 5(1)(d) requires inaccurate data to be erased or rectified without delay. Art. 16 also allows incomplete data to be completed by a supplementary statement; whether appending a correcting record satisfies rectification when the inaccurate record stays readable is not settled by the sources listed here.',
    designObservation:
      'A ledger can record a later correction, but the original entry stays readable to every node unless it was stored off chain.',
    citations: [
      { source: 'gdpr', pinpoint: 'Art. 16' },
      { source: 'gdpr', pinpoint: 'Art. 5(1)(d)' },
      { source: 'edpb-0225', note: 'Consultation version; rectification is named among the rights it stresses.' },
    ],
  },
  {
    id: 'tension-storage-limitation',
    kind: 'tension',
    label: 'Permanent ledger vs storage limitation',
    summary:
      'A public chain keeps every record for as long as the network exists; the law limits how long identifying data may be kept.',
    explanation:
      'GDPR Art. 5(1)(e) limits storage in identifiable form to what the purpose requires, and India’s DPDP Act requires erasure once consent is withdrawn or the specified purpose is no longer served (s. 8(7)). The EDPB’s consultation guidelines ask for retention periods and deletion mechanisms to be defined from the outset.',
    citations: [
      { source: 'gdpr', pinpoint: 'Art. 5(1)(e)' },
      { source: 'dpdp-act', pinpoint: 's. 8(7)' },
      { source: 'edpb-0225', note: 'Consultation version.' },
    ],
  },
  {
    id: 'tension-replication-transfers',
    kind: 'tension',
    label: 'Global replication vs transfer rules',
    summary:
      'Writing to a public chain sends a copy to every node, wherever it is; transfer rules govern where personal data may go.',
    explanation:
      'GDPR Chapter V, Brazil’s LGPD (Art. 33), South Africa’s POPIA (s. 72), China’s PIPL (Arts 38 and 40), the UK GDPR as amended in 2025 and Convention 108+ (Art. 14) all condition transfers of personal data abroad.',
    designObservation:
      'On a permissionless network the writer does not choose, and cannot list, the countries its data are copied to; the usual transfer tools (adequacy checks, contracts with recipients) presuppose a known recipient.',
    citations: [
      { source: 'gdpr', pinpoint: 'Arts 44–49' },
      { source: 'lgpd', pinpoint: 'Art. 33' },
      { source: 'popia', pinpoint: 's. 72' },
      { source: 'pipl', pinpoint: 'Arts 38, 40' },
      { source: 'uk-duaa-2025', pinpoint: 'Sch. 7' },
      { source: 'coe-108plus', pinpoint: 'Art. 14' },
    ],
  },
  {
    id: 'tension-pseudonymous-keys',
    kind: 'tension',
    label: 'Pseudonymous keys as personal data',
    summary:
      'Blockchain users are known by keys, not names, but keys that can be linked to a person are personal data.',
    explanation:
      'The CNIL treats public keys as personal data where they relate to an identifiable person, the GDPR keeps pseudonymised data within its scope when they can be attributed with additional information, and Breyer holds that legal means of obtaining identifying information from others suffice. Research on Bitcoin shows that addresses can be clustered and attributed to real-world services and people.',
    citations: [
      { source: 'cnil-2018' },
      { source: 'gdpr', pinpoint: 'Recital 26' },
      { source: 'cjeu-breyer', note: 'Decided under Directive 95/46/EC.' },
      { source: 'meiklejohn-2013' },
    ],
  },
  {
    id: 'tension-hashing-not-anonymisation',
    kind: 'tension',
    label: 'Hashing is not anonymisation',
    summary:
      'Putting a hash of personal data on chain is often presented as anonymising it; regulators treat it as pseudonymisation at most.',
    explanation:
      'The Article 29 Working Party’s Opinion 05/2014 holds that pseudonymisation is not anonymisation and tests anonymisation against singling out, linkability and inference. The EDPB’s consultation guidelines list hashing among useful techniques while warning about its limits, and its pseudonymisation guidelines keep re-attributable data within the GDPR. EDPS v SRB adds that the answer can differ between the controller and a recipient without means of re-identification.',
    designObservation:
      'The same input always gives the same hash, so a hash links every record that contains it and can be tested against guesses. Salting with a secret that can later be destroyed is what makes a commitment unlinkable.',
    citations: [
      { source: 'wp29-wp216' },
      { source: 'edpb-0225', note: 'Consultation version.' },
      { source: 'edpb-0125', note: 'Consultation version.' },
      { source: 'cjeu-edps-srb', note: 'Interprets Regulation (EU) 2018/1725.' },
    ],
  },
  {
    id: 'tension-controllership',
    kind: 'tension',
    label: 'Decentralisation vs an identifiable controller',
    summary:
      'Data protection law assigns duties to controllers; a decentralised network may have no one who decides alone.',
    explanation:
      'The CNIL notes that the GDPR was designed for centralised data management and that decentralised governance complicates assigning roles; it treats writers as controllers and, for groups, recommends a designated controller or a legal entity. The EDPB asks for roles to be assessed at design time, and the CJEU’s broad reading of joint control (Wirtschaftsakademie), limited to the operations actually co-determined (Fashion ID), suggests that many participants could be joint controllers for some operations.',
    citations: [
      { source: 'cnil-2018' },
      { source: 'edpb-0225', note: 'Consultation version.' },
      { source: 'cjeu-wirtschaftsakademie', note: 'Decided under Directive 95/46/EC.' },
      { source: 'cjeu-fashionid', note: 'Decided under Directive 95/46/EC.' },
      { source: 'eubof-2018' },
    ],
  },
  {
    id: 'tension-transparency-minimisation',
    kind: 'tension',
    label: 'Public readability vs minimisation and protection by default',
    summary:
      'A public ledger shows its content to everyone; the law says personal data must not by default be accessible to an indefinite number of people.',
    explanation:
      'GDPR Art. 25(2) forbids making personal data accessible by default to an indefinite number of natural persons, and Art. 5(1)(c) limits data to what is necessary. The EDPB repeats both points for blockchains and advises, as a general rule, against storing personal data in a blockchain where that conflicts with data protection principles.',
    citations: [
      { source: 'gdpr', pinpoint: 'Art. 25(2)' },
      { source: 'gdpr', pinpoint: 'Art. 5(1)(c)' },
      { source: 'edpb-0225', note: 'Consultation version.' },
    ],
  },
  {
    id: 'tension-automated-execution',
    kind: 'tension',
    label: 'Self-executing code vs rights on automated decisions',
    summary:
      'Smart contracts decide and act without human review; people have rights not to be subject to significant solely automated decisions.',
    explanation:
      'GDPR Art. 22 requires, where solely automated decisions with legal or similarly significant effects are allowed, that people can obtain human intervention, express their view and contest the decision. Convention 108+ (Art. 9) and the LGPD (Art. 20) give comparable rights, and China’s PIPL requires an impact assessment before automated decision-making (Art. 55).',
    designObservation:
      'A contract that nobody can pause or override gives no place for human intervention unless one was built in, for instance an appeal path or an administrator key with accountable governance.',
    citations: [
      { source: 'gdpr', pinpoint: 'Art. 22' },
      { source: 'coe-108plus', pinpoint: 'Art. 9' },
      { source: 'lgpd', pinpoint: 'Art. 20' },
      { source: 'pipl', pinpoint: 'Art. 55' },
    ],
  },
  {
    id: 'tension-governance',
    kind: 'tension',
    label: 'Who can change the code vs accountability',
    summary:
      'Whoever controls upgrades controls how personal data are processed; if nobody can, nobody can fix a compliance problem.',
    explanation:
      'The controller must be able to demonstrate compliance (GDPR Art. 5(2)) and build protection into the design (Art. 25). Summaries of the EDPB’s consultation guidelines report recommendations to document software changes and to establish procedures for software vulnerabilities; the CNIL considers that smart-contract developers may be processors.',
    citations: [
      { source: 'gdpr', pinpoint: 'Art. 5(2)' },
      { source: 'gdpr', pinpoint: 'Art. 25' },
      {
        source: 'edpb-0225',
        note: 'Governance and vulnerability recommendations as reported in secondary summaries of the annex.',
      },
      { source: 'cnil-2018' },
    ],
  },
  {
    id: 'tension-objection',
    kind: 'tension',
    label: 'A network that keeps processing vs the right to object',
    summary:
      'After a valid objection the controller must stop processing; the network keeps storing and serving the data regardless.',
    explanation:
      'Under GDPR Art. 21 a controller must stop processing after a valid objection unless it shows compelling legitimate grounds. The EDPB’s consultation guidelines insist that people’s rights remain effective on blockchains.',
    designObservation:
      'A controller can stop its own reads and writes, but every other node continues to hold and serve the data it wrote.',
    citations: [
      { source: 'gdpr', pinpoint: 'Art. 21' },
      { source: 'edpb-0225', note: 'Consultation version.' },
    ],
  },
] satisfies NodeInput[]
