import type { ListSource } from '../list-entity.model.ts';

/**
 * Where each official list is published. Addresses were checked against the publishers' pages and
 * widely used crawlers (see docs/decisions.md, "List downloads"); a sources file can replace any of them
 * (a mirror) or add sources.
 */

export interface SourceFile {
  /** The local file name the importers recognise (OFAC sets are read by these names). */
  name: string;
  url: string;
  /** Expected SHA-256 of the file, hex; a download with another sum is refused. */
  sha256?: string;
}

export interface ListSourceDefinition {
  /** What `--only` names and the summary shows. */
  name: string;
  /** The list the files import into: the importers' source id. */
  list: ListSource;
  title: string;
  /** Every file of one version; all must download before any is imported. */
  files: SourceFile[];
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Updated only when named with --only or enabled in a sources file. */
  optIn: boolean;
}

const MB = 1024 * 1024;
const OFAC_EXPORTS = 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports';

export const BUILT_IN_SOURCES: readonly ListSourceDefinition[] = [
  {
    name: 'us_ofac_sdn',
    list: 'us_ofac_sdn',
    title: 'OFAC Specially Designated Nationals (SDN) list, legacy CSV set',
    files: [
      { name: 'sdn.csv', url: `${OFAC_EXPORTS}/SDN.CSV` },
      { name: 'add.csv', url: `${OFAC_EXPORTS}/ADD.CSV` },
      { name: 'alt.csv', url: `${OFAC_EXPORTS}/ALT.CSV` },
      { name: 'sdn_comments.csv', url: `${OFAC_EXPORTS}/SDN_COMMENTS.CSV` },
    ],
    maxBytes: 200 * MB,
    optIn: false,
  },
  {
    name: 'us_ofac_cons',
    list: 'us_ofac_cons',
    title: 'OFAC Consolidated (non-SDN) list, legacy CSV set',
    files: [
      { name: 'cons_prim.csv', url: `${OFAC_EXPORTS}/CONS_PRIM.CSV` },
      { name: 'cons_add.csv', url: `${OFAC_EXPORTS}/CONS_ADD.CSV` },
      { name: 'cons_alt.csv', url: `${OFAC_EXPORTS}/CONS_ALT.CSV` },
      { name: 'cons_comments.csv', url: `${OFAC_EXPORTS}/CONS_COMMENTS.CSV` },
    ],
    maxBytes: 100 * MB,
    optIn: false,
  },
  {
    name: 'us_csl',
    list: 'us_csl',
    title: 'US Consolidated Screening List (trade.gov)',
    files: [
      {
        name: 'consolidated.csv',
        url: 'https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv',
      },
    ],
    maxBytes: 200 * MB,
    optIn: false,
  },
  {
    name: 'un_sc',
    list: 'un_sc',
    title: 'UN Security Council Consolidated List (XML)',
    files: [
      { name: 'consolidated.xml', url: 'https://scsanctions.un.org/resources/xml/en/consolidated.xml' },
    ],
    maxBytes: 100 * MB,
    optIn: false,
  },
  {
    name: 'eu_fsf',
    list: 'eu_fsf',
    title: 'EU Financial Sanctions Files, full list (XML 1.1)',
    files: [
      {
        name: 'eu_fsf.xml',
        // The public token of the FSF download page; the file needs no account.
        url: 'https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw',
      },
    ],
    maxBytes: 200 * MB,
    optIn: false,
  },
  {
    name: 'gb_hmt',
    list: 'gb_hmt',
    title: 'UK Sanctions List (FCDO, XML)',
    files: [
      { name: 'UK-Sanctions-List.xml', url: 'https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml' },
    ],
    maxBytes: 200 * MB,
    optIn: false,
  },
  {
    name: 'opensanctions',
    list: 'opensanctions',
    title: 'OpenSanctions Default dataset (FollowTheMoney JSON lines; CC BY-NC 4.0)',
    files: [
      {
        name: 'entities.ftm.json',
        url: 'https://data.opensanctions.org/datasets/latest/default/entities.ftm.json',
      },
    ],
    // Several gigabytes, and its licence forbids commercial use without an OpenSanctions licence: opt-in.
    maxBytes: 8 * 1024 * MB,
    optIn: true,
  },
];
