import type { WithKnownSources } from './input.ts'
import type { Issue } from './schema.ts'

const wgig = { source: 'wgig-2005' } as const
const dw = { source: 'dw-baskets' } as const

/**
 * The Internet-governance issues the use cases are mapped to. Each is placed, by us, in one of the WGIG report's
 * four clusters and one of the Digital Watch baskets; the placement is this project's reading of both schemes,
 * not a classification either source makes of these exact issues.
 */
export const exploreIssues = [
  {
    id: 'naming-dns',
    label: 'Domain names and the DNS',
    description:
      'Who decides which names exist, how the root zone is managed and how names resolve, and how alternative naming systems that reuse DNS-like names can collide with it.',
    wgigCluster: 'infrastructure',
    dwBasket: 'infrastructure',
    citations: [wgig, dw, { source: 'sac123' }],
  },
  {
    id: 'ip-numbers-routing',
    label: 'IP addresses, AS numbers and routing security',
    description:
      'How IP addresses and autonomous-system numbers are allocated and how networks can check that a route is announced by the holder of the addresses.',
    wgigCluster: 'infrastructure',
    dwBasket: 'infrastructure',
    citations: [wgig, dw, { source: 'rfc6480' }],
  },
  {
    id: 'web-pki-trust',
    label: 'Certificates and trust infrastructure',
    description:
      'How the keys and certificates that secure web connections are issued, audited and trusted, and how mis-issuance is detected.',
    wgigCluster: 'infrastructure',
    dwBasket: 'cybersecurity',
    citations: [wgig, dw, { source: 'rfc6962' }],
  },
  {
    id: 'standards-interoperability',
    label: 'Technical standards and interoperability',
    description:
      'Open specifications that let independent systems work together, and who writes them (IETF, W3C, industry coalitions).',
    wgigCluster: 'infrastructure',
    dwBasket: 'infrastructure',
    citations: [
      wgig,
      dw,
      { source: 'oecd-0470', note: 'Interoperability is one of the issues of the recommendation.' },
    ],
  },
  {
    id: 'security-integrity',
    label: 'Network security and data integrity',
    description:
      'Protecting the integrity of data and services against tampering, including records kept by governments and operators.',
    wgigCluster: 'use',
    dwBasket: 'cybersecurity',
    citations: [wgig, dw],
  },
  {
    id: 'digital-identity',
    label: 'Digital identity and credentials',
    description:
      'How people and organisations identify themselves online and present credentials (diplomas, attributes) across services and borders.',
    wgigCluster: 'use',
    dwBasket: 'legal-regulatory',
    citations: [dw, { source: 'w3c-did' }, { source: 'eidas2-2024' }],
  },
  {
    id: 'privacy-data-protection',
    label: 'Privacy and data protection',
    description:
      'Personal data in shared, replicated ledgers: roles and responsibilities, data minimisation, and the rights to rectification and erasure.',
    wgigCluster: 'use',
    dwBasket: 'human-rights',
    citations: [dw, { source: 'eprs-finck-2019' }, { source: 'edpb-0225', note: 'Version for public consultation.' }],
  },
  {
    id: 'content-integrity',
    label: 'Content provenance and trust in information',
    description:
      'Whether audiences can tell where a photo, video or article comes from and whether it was altered, as a response to manipulated media.',
    wgigCluster: 'wider-impact',
    dwBasket: 'sociocultural',
    citations: [dw, { source: 'c2pa' }],
  },
  {
    id: 'elections-democracy',
    label: 'Online voting and democratic participation',
    description: 'Voting over the Internet and the security, secrecy and verifiability it must keep to be trusted.',
    wgigCluster: 'wider-impact',
    dwBasket: 'human-rights',
    citations: [dw, { source: 'voatz-usenix' }],
  },
  {
    id: 'public-registries',
    label: 'Public registries and e-government records',
    description:
      'Registers kept by public authorities (land, companies, diplomas) and whether shared ledgers change who can trust or audit them.',
    wgigCluster: 'wider-impact',
    dwBasket: 'legal-regulatory',
    citations: [dw, { source: 'jrc-2019' }],
  },
  {
    id: 'markets-resources',
    label: 'Markets for Internet resources',
    description:
      'How scarce identifiers such as names are priced, allocated and traded, and the squatting and speculation that allocation rules allow.',
    wgigCluster: 'wider-impact',
    dwBasket: 'economic',
    citations: [wgig, dw, { source: 'kalodner-namecoin-2015' }],
  },
  {
    id: 'law-accountability',
    label: 'Applicable law and accountability',
    description:
      'Which law applies to a system run by many parties in many countries, and who answers for it when something goes wrong.',
    wgigCluster: 'wider-impact',
    dwBasket: 'legal-regulatory',
    citations: [
      dw,
      { source: 'oecd-0470', note: 'Compliance, governance and accountability are issues of the recommendation.' },
    ],
  },
  {
    id: 'capacity-development',
    label: 'Capacity building and development',
    description:
      'Skills, shared tools and public knowledge that let more stakeholders, especially from developing countries, take part in governance.',
    wgigCluster: 'development',
    dwBasket: 'development',
    citations: [wgig, dw],
  },
  {
    id: 'multistakeholder-process',
    label: 'Multistakeholder governance processes',
    description:
      'How governments, the private sector, civil society, the technical community and academia decide together: openness, transparency, accountability and inclusion of the process itself.',
    wgigCluster: null,
    dwBasket: 'legal-regulatory',
    citations: [wgig, { source: 'netmundial-2014' }, { source: 'netmundial10-2024' }],
  },
] satisfies readonly WithKnownSources<Issue>[]
