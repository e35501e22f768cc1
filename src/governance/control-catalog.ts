/**
 * The controls Sextant knows, so a register names real ones: the SOC 2 Trust Services Criteria (common
 * criteria CC1–CC9 plus availability and confidentiality), the ISO/IEC 27001:2022 Annex A controls and the
 * GDPR articles that bind engineering work. Titles are short descriptions of our own, not the standards'
 * text. Ids are written `framework:control`: `soc2:CC6.1`, `iso27001:A.8.13`, `gdpr:art-32`.
 */
import type { Framework } from '../domain/control.js';

export interface CatalogControl {
  framework: Framework;
  control: string;
  /** Group inside the framework (criterion, Annex A theme, GDPR chapter). */
  group: string;
  title: string;
}

const SOC2: [string, string, string][] = [
  ['CC1.1', 'Control environment', 'Leadership shows commitment to integrity and ethics'],
  ['CC1.2', 'Control environment', 'The board oversees internal control independently'],
  ['CC1.3', 'Control environment', 'Structures, reporting lines and authority are set'],
  ['CC1.4', 'Control environment', 'Competent people are attracted, developed and kept'],
  ['CC1.5', 'Control environment', 'People are held accountable for their control duties'],
  ['CC2.1', 'Communication and information', 'Quality information supports internal control'],
  ['CC2.2', 'Communication and information', 'Control objectives and duties are communicated internally'],
  ['CC2.3', 'Communication and information', 'Relevant matters are communicated to outside parties'],
  ['CC3.1', 'Risk assessment', 'Objectives are clear enough to assess risks against'],
  ['CC3.2', 'Risk assessment', 'Risks to objectives are identified and analysed'],
  ['CC3.3', 'Risk assessment', 'Fraud risk is considered'],
  ['CC3.4', 'Risk assessment', 'Significant changes are assessed for their risk'],
  ['CC4.1', 'Monitoring activities', 'Controls are evaluated on an ongoing or separate basis'],
  ['CC4.2', 'Monitoring activities', 'Control deficiencies are reported and corrected in time'],
  ['CC5.1', 'Control activities', 'Control activities are chosen to reduce risk'],
  ['CC5.2', 'Control activities', 'General controls over technology are chosen'],
  ['CC5.3', 'Control activities', 'Policies and procedures put controls into practice'],
  ['CC6.1', 'Logical and physical access', 'Access to data and systems is restricted by logical controls'],
  ['CC6.2', 'Logical and physical access', 'Users are registered and authorised before access is granted'],
  ['CC6.3', 'Logical and physical access', 'Access is granted, changed and removed by role'],
  ['CC6.4', 'Logical and physical access', 'Physical access to facilities and assets is restricted'],
  ['CC6.5', 'Logical and physical access', 'Data is protected when assets are retired'],
  ['CC6.6', 'Logical and physical access', 'Threats from outside the system boundary are defended against'],
  ['CC6.7', 'Logical and physical access', 'Data in transit and on removable media is protected'],
  ['CC6.8', 'Logical and physical access', 'Unauthorised or malicious software is prevented or detected'],
  ['CC7.1', 'System operations', 'Configuration changes and new vulnerabilities are detected'],
  ['CC7.2', 'System operations', 'Systems are monitored for anomalies and attacks'],
  ['CC7.3', 'System operations', 'Security events are evaluated to decide whether they are incidents'],
  ['CC7.4', 'System operations', 'Incidents are responded to with a defined programme'],
  ['CC7.5', 'System operations', 'The organisation recovers from incidents'],
  ['CC8.1', 'Change management', 'Changes are authorised, designed, tested, approved and documented'],
  ['CC9.1', 'Risk mitigation', 'Business disruption risks are mitigated'],
  ['CC9.2', 'Risk mitigation', 'Risks from vendors and business partners are managed'],
  ['A1.1', 'Availability', 'Capacity is managed to meet availability commitments'],
  ['A1.2', 'Availability', 'Backups, recovery infrastructure and environmental protections are in place'],
  ['A1.3', 'Availability', 'Recovery plans are tested'],
  ['C1.1', 'Confidentiality', 'Confidential information is identified and protected'],
  ['C1.2', 'Confidentiality', 'Confidential information is disposed of as committed'],
];

const ISO_THEMES: Record<string, string> = {
  '5': 'Organizational',
  '6': 'People',
  '7': 'Physical',
  '8': 'Technological',
};

/** Annex A titles, theme by theme, in order (A.5.1 is the first of theme 5). */
const ISO: Record<string, string[]> = {
  '5': [
    'Information security policies',
    'Security roles and responsibilities',
    'Segregation of duties',
    'Management responsibilities',
    'Contact with authorities',
    'Contact with special interest groups',
    'Threat intelligence',
    'Security in project management',
    'Inventory of information and assets',
    'Acceptable use of information and assets',
    'Return of assets',
    'Classification of information',
    'Labelling of information',
    'Information transfer',
    'Access control',
    'Identity management',
    'Authentication information',
    'Access rights',
    'Security in supplier relationships',
    'Security in supplier agreements',
    'Security in the ICT supply chain',
    'Monitoring and change of supplier services',
    'Security of cloud services',
    'Incident management planning',
    'Assessing security events',
    'Responding to security incidents',
    'Learning from security incidents',
    'Collecting evidence',
    'Security during disruption',
    'ICT readiness for business continuity',
    'Legal, regulatory and contractual requirements',
    'Intellectual property rights',
    'Protection of records',
    'Privacy and protection of personal data',
    'Independent review of information security',
    'Compliance with policies and standards',
    'Documented operating procedures',
  ],
  '6': [
    'Screening',
    'Terms and conditions of employment',
    'Security awareness and training',
    'Disciplinary process',
    'Duties after termination or change of employment',
    'Confidentiality agreements',
    'Remote working',
    'Reporting security events',
  ],
  '7': [
    'Physical security perimeters',
    'Physical entry',
    'Securing offices and facilities',
    'Physical security monitoring',
    'Protection against physical and environmental threats',
    'Working in secure areas',
    'Clear desk and clear screen',
    'Siting and protecting equipment',
    'Security of assets off premises',
    'Storage media',
    'Supporting utilities',
    'Cabling security',
    'Equipment maintenance',
    'Secure disposal or re-use of equipment',
  ],
  '8': [
    'User endpoint devices',
    'Privileged access rights',
    'Restricting access to information',
    'Access to source code',
    'Secure authentication',
    'Capacity management',
    'Protection against malware',
    'Managing technical vulnerabilities',
    'Configuration management',
    'Deleting information',
    'Data masking',
    'Data leakage prevention',
    'Information backup',
    'Redundancy of processing facilities',
    'Logging',
    'Monitoring activities',
    'Clock synchronisation',
    'Use of privileged utility programs',
    'Installing software on operational systems',
    'Network security',
    'Security of network services',
    'Segregation of networks',
    'Web filtering',
    'Use of cryptography',
    'Secure development life cycle',
    'Application security requirements',
    'Secure architecture and engineering principles',
    'Secure coding',
    'Security testing in development and acceptance',
    'Outsourced development',
    'Separate development, test and production environments',
    'Change management',
    'Test information',
    'Protecting systems during audit testing',
  ],
};

const GDPR: [number, string, string][] = [
  [
    5,
    'Principles',
    'Principles of processing: lawful, limited to purpose, minimal, accurate, kept no longer than needed, secure',
  ],
  [6, 'Principles', 'A lawful basis for every processing'],
  [7, 'Principles', 'Conditions for consent, and its withdrawal'],
  [12, 'Rights of the data subject', 'Transparent information and timely answers to requests'],
  [13, 'Rights of the data subject', 'Information given when data is collected from the person'],
  [15, 'Rights of the data subject', 'Right of access to one’s data'],
  [16, 'Rights of the data subject', 'Right to have data corrected'],
  [17, 'Rights of the data subject', 'Right to erasure'],
  [18, 'Rights of the data subject', 'Right to restrict processing'],
  [20, 'Rights of the data subject', 'Right to data portability'],
  [21, 'Rights of the data subject', 'Right to object'],
  [22, 'Rights of the data subject', 'Limits on automated decisions and profiling'],
  [24, 'Controller and processor', 'Controller accountability for appropriate measures'],
  [25, 'Controller and processor', 'Data protection by design and by default'],
  [28, 'Controller and processor', 'Processors bound by contract and guarantees'],
  [30, 'Controller and processor', 'Records of processing activities'],
  [32, 'Controller and processor', 'Security of processing'],
  [33, 'Controller and processor', 'Notifying the authority of a breach within 72 hours'],
  [34, 'Controller and processor', 'Telling affected people about a high-risk breach'],
  [35, 'Controller and processor', 'Data protection impact assessment'],
  [37, 'Controller and processor', 'Designating a data protection officer'],
  [44, 'Transfers', 'General principle for transfers outside the EEA'],
  [46, 'Transfers', 'Transfers with appropriate safeguards (e.g. standard contractual clauses)'],
];

export const CONTROL_CATALOG: readonly CatalogControl[] = [
  ...SOC2.map(([control, group, title]): CatalogControl => ({ framework: 'soc2', control, group, title })),
  ...Object.entries(ISO).flatMap(([theme, titles]) =>
    titles.map(
      (title, index): CatalogControl => ({
        framework: 'iso27001',
        control: `A.${theme}.${index + 1}`,
        group: ISO_THEMES[theme] ?? theme,
        title,
      }),
    ),
  ),
  ...GDPR.map(
    ([article, group, title]): CatalogControl => ({
      framework: 'gdpr',
      control: `art-${article}`,
      group,
      title,
    }),
  ),
];

const BY_ID = new Map(CONTROL_CATALOG.map((entry) => [`${entry.framework}:${entry.control}`, entry]));

/** The catalog entry for `framework:control` (case of the framework ignored), if it exists. */
export function findCatalogControl(id: string): CatalogControl | undefined {
  const colon = id.indexOf(':');
  if (colon < 0) return undefined;
  return BY_ID.get(`${id.slice(0, colon).toLowerCase()}:${id.slice(colon + 1)}`);
}

/** The catalog controls of one framework, in catalog order. */
export function catalogOf(framework: Framework): CatalogControl[] {
  return CONTROL_CATALOG.filter((entry) => entry.framework === framework);
}

export function catalogId(entry: CatalogControl): string {
  return `${entry.framework}:${entry.control}`;
}
