import type { PrincipleSet } from './schema.ts'

/**
 * The principles, version 1.0. Rationales say what each source actually covers; where a principle goes beyond
 * its sources (accessibility, exit), the rationale says that the addition is this project's.
 * Never change a published version in place: add a new version and keep this one for old reports.
 */
export const principleSet = {
  version: '1.0',
  published: '2026-11-27',
  principles: [
    {
      id: 'necessity',
      title: 'Necessity, proportionality and alternatives considered',
      statement:
        'A blockchain is used only where it is needed for the problem, its costs and risks are proportionate to the benefit, and simpler alternatives were considered and documented.',
      rationale:
        'Screening tools ask first whether a blockchain is needed at all: Wüst and Gervais’ flowchart leads to a conventional database whenever a trusted party is available; the ACT-IAC playbook’s first-phase scorecard counts against a blockchain the answers that other technologies could solve the problem better and that a trusted system already exists; GAO’s assessment includes a flowchart on whether blockchain fits; NISTIR 8202 carries a “Do you need a blockchain?” flowchart.',
      questions: [
        'What problem does the initiative solve, and who has it?',
        'Which alternatives (a conventional database, a signed transparency log, an existing register) were compared, and why were they rejected?',
        'What does the gate decision flow conclude for this initiative?',
      ],
      evidence: [
        'Business case or feasibility study',
        'Documented comparison of alternatives',
        'The gate answers recorded in this evaluation',
      ],
      citations: [
        { source: 'wust-gervais', note: 'Decision flowchart of the paper.' },
        { source: 'act-iac-playbook', pinpoint: 'Phase 1 scorecard' },
        { source: 'gao-22-104625', note: 'Flowchart on whether blockchain fits; cited as a whole.' },
        { source: 'nistir-8202', note: 'Contains a “Do you need a blockchain?” flowchart; figure number not checked.' },
      ],
    },
    {
      id: 'transparency',
      title: 'Transparency and auditability',
      statement:
        'The public can find out what the initiative does, who runs it, which data it records and how it is governed, and independent parties can audit it.',
      rationale:
        'The OECD Recommendation groups governance, transparency and accountability as one of its issues for blockchain and distributed ledgers; the NETmundial statement lists transparency among the process principles of Internet governance.',
      questions: [
        'Are the purpose, legal basis, operators and governance rules published?',
        'Can an independent auditor inspect the code, the ledger and the operating procedures?',
        'Are audit results and incidents published?',
      ],
      evidence: ['Published documentation and governance rules', 'Source code or audit reports', 'Incident reports'],
      citations: [
        { source: 'oecd-0470', note: 'Issue: governance, transparency and accountability.' },
        { source: 'netmundial-2014', note: 'Process principles.' },
      ],
    },
    {
      id: 'data-protection',
      title: 'Data protection and security',
      statement:
        'Personal data are kept off the ledger unless that is necessary and lawful, data protection is designed in and assessed before launch, and the system is secured.',
      rationale:
        'The OECD Recommendation lists digital security and privacy among its issues. Under the GDPR, data protection must be built in by design and by default, and a data protection impact assessment is required before processing likely to result in high risk. The EDPB’s consultation guidelines on blockchain advise avoiding storing personal data in a blockchain where that conflicts with data protection principles.',
      questions: [
        'Which personal data, if any, are written to the ledger (including hashes and identifiers)?',
        'Was a data protection impact assessment carried out and published?',
        'How are keys, nodes and smart contracts secured and tested?',
      ],
      evidence: [
        'Data inventory and data flow diagram',
        'DPIA or its summary',
        'Security assessment or penetration test',
      ],
      citations: [
        { source: 'oecd-0470', note: 'Issue: digital security and privacy.' },
        { source: 'gdpr', pinpoint: 'Art. 25' },
        { source: 'gdpr', pinpoint: 'Art. 35' },
        { source: 'edpb-0225', note: 'Consultation version.' },
      ],
    },
    {
      id: 'inclusion',
      title: 'Inclusion and accessibility',
      statement:
        'People can use the service whatever their skills, means or disability, a non-digital route remains, and affected groups help shape it.',
      rationale:
        'The NETmundial statement names inclusive and equitable participation among its process principles, and the OECD Recommendation treats education and skills as one of its issues. Accessibility of the service to disabled people is this project’s addition: neither source sets accessibility requirements for ledgers.',
      questions: [
        'Who could be excluded (no smartphone, no digital identity, low digital skills, disability)?',
        'Is there an assisted or offline alternative with the same legal effect?',
        'Was the interface tested for accessibility, and with which users?',
      ],
      evidence: ['Accessibility statement or audit', 'Description of the non-digital route', 'User research reports'],
      citations: [
        { source: 'netmundial-2014', note: 'Process principles: inclusive and equitable.' },
        { source: 'oecd-0470', note: 'Issue: education and skills.' },
      ],
    },
    {
      id: 'accountability',
      title: 'Accountability and redress',
      statement:
        'A named public body answers for the system’s decisions and errors, and people can have wrong records corrected and decisions challenged.',
      rationale:
        'The OECD Recommendation pairs governance with accountability; the NETmundial process principles include accountability. The GDPR gives people a right to rectification of inaccurate data and, on some grounds, to erasure, which a ledger that cannot be changed must still honour.',
      questions: [
        'Which body is legally responsible, and is that published?',
        'How is an erroneous record corrected, and how long does it take?',
        'Where can a person appeal, and is that route independent of the operator?',
      ],
      evidence: [
        'Legal basis and allocation of responsibility',
        'Correction procedure',
        'Complaints and appeal statistics',
      ],
      citations: [
        { source: 'oecd-0470', note: 'Issue: governance, transparency and accountability.' },
        { source: 'netmundial-2014', note: 'Process principles.' },
        { source: 'gdpr', pinpoint: 'Art. 16' },
        { source: 'gdpr', pinpoint: 'Art. 17' },
      ],
    },
    {
      id: 'interoperability',
      title: 'Interoperability and openness',
      statement:
        'The system works with other public systems through open standards and interfaces, and its specifications are open, so the public body is not locked in.',
      rationale:
        'The OECD Recommendation lists interoperability among its issues; the NETmundial statement names openness among its process principles. The JRC’s study of pioneering public-sector blockchain services is a source of comparable cases.',
      questions: [
        'Which open standards and published interfaces does the system use?',
        'Can the records be exported in an open format?',
        'Is the code or the specification published under an open licence?',
      ],
      evidence: ['Interface specifications', 'Data export format', 'Licences of code and specifications'],
      citations: [
        { source: 'oecd-0470', note: 'Issue: interoperability.' },
        { source: 'netmundial-2014', note: 'Process principles.' },
        { source: 'jrc-2019', note: 'Cited as a whole, for comparable cases.' },
      ],
    },
    {
      id: 'sustainability',
      title: 'Environmental and financial sustainability',
      statement:
        'The environmental impact of the chosen ledger is known and proportionate, and the service can be funded and maintained over its lifetime.',
      rationale:
        'The OECD Recommendation lists environmental impact among its issues. Financial sustainability is this project’s addition, drawn from the observation in the JRC study that the pioneering cases mostly brought incremental change, so costs must be justified by realistic benefits.',
      questions: [
        'Which consensus mechanism is used, and what is the estimated energy use?',
        'What are the running costs, and who pays them after any pilot funding ends?',
        'Who maintains the software and the nodes in five years?',
      ],
      evidence: ['Energy estimate', 'Total cost of ownership', 'Maintenance and funding plan'],
      citations: [
        { source: 'oecd-0470', note: 'Issue: environmental impact.' },
        { source: 'jrc-2019', note: 'Finding that changes were mostly incremental; cited as a whole.' },
      ],
    },
    {
      id: 'exit',
      title: 'Exit and reversibility',
      statement:
        'The public body can leave the platform, change vendor or return to a conventional register without losing records or legal certainty, and a decision to stop is possible.',
      rationale:
        'This principle is this project’s addition and none of the sources states it in these words. It follows from rights such as erasure under the GDPR, which the EDPB’s consultation guidelines on blockchain address, and from the compliance and coherence with the legal framework that the OECD Recommendation lists among its issues.',
      questions: [
        'Is there a documented exit plan, including data migration?',
        'Who owns the records, the code and the node infrastructure?',
        'What happens to legal effect of records if the ledger stops?',
      ],
      evidence: ['Exit or migration plan', 'Contracts on ownership and licences', 'Legal basis of records'],
      citations: [
        { source: 'gdpr', pinpoint: 'Art. 17' },
        { source: 'edpb-0225', note: 'Consultation version; covers erasure and rectification.' },
        { source: 'oecd-0470', note: 'Issue: compliance and coherence with the legal framework.' },
      ],
    },
    {
      id: 'multistakeholder',
      title: 'Meaningful multistakeholder participation',
      statement:
        'Governments, the private sector, civil society, the technical community and academia take part in designing, overseeing and evaluating the initiative, with real influence on decisions.',
      rationale:
        'The NETmundial statement was produced by governments, the private sector, civil society, the technical community and academia, and names multistakeholder participation and enabling meaningful participation among its process principles. The NETmundial+10 statement reaffirms those principles and adds the São Paulo Multistakeholder Guidelines on how to run such processes.',
      questions: [
        'Which stakeholder groups were consulted, when and how?',
        'Did their input change the design, and is that documented?',
        'Is there a standing body where stakeholders oversee the initiative?',
      ],
      evidence: ['Consultation records', 'Response to consultation', 'Terms of reference of an oversight body'],
      citations: [
        { source: 'netmundial-2014', note: 'Process principles.' },
        { source: 'netmundial10-2024', note: 'São Paulo Multistakeholder Guidelines.' },
      ],
    },
  ],
} as const satisfies PrincipleSet
