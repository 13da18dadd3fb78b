/** UK Sanctions List fixtures for the tests: the same invented designations in the XML and CSV exports. */

/**
 * A person and a ship in the structure of the FCDO export (element names as in UK_Sanctions_List.xml);
 * the people, numbers and ship are invented.
 */
export const UK_XML_FIXTURE = `<?xml version="1.0" encoding="utf-8"?>
<Designations xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <DateGenerated>01/10/2026</DateGenerated>
  <Designation>
    <LastUpdated>01/02/2026</LastUpdated>
    <DateDesignated>15/03/2022</DateDesignated>
    <UniqueID>RUS9001</UniqueID>
    <OFSIGroupID>99001</OFSIGroupID>
    <Names>
      <Name><Name1>Ivan</Name1><Name2>Ivanovich</Name2><Name6>PETROV</Name6><NameType>Primary Name</NameType></Name>
      <Name><Name1>Ivan</Name1><Name6>PETROFF</Name6><NameType>Alias</NameType><AliasStrength>Good quality a.k.a</AliasStrength></Name>
      <Name><Name6>Vanya</Name6><NameType>ALias</NameType><AliasStrength>Low quality a.k.a</AliasStrength></Name>
      <Name><Name1>IVAN</Name1><Name6>PETROV</Name6><NameType>Primary name variation</NameType></Name>
    </Names>
    <NonLatinNames>
      <NonLatinName>
        <NameNonLatinScript>Иван Иванович ПЕТРОВ</NameNonLatinScript>
        <NonLatinScriptType>Cyrillic</NonLatinScriptType>
        <NonLatinScriptLanguage>Russian</NonLatinScriptLanguage>
      </NonLatinName>
    </NonLatinNames>
    <RegimeName>The Russia (Sanctions) (EU Exit) Regulations 2019</RegimeName>
    <IndividualEntityShip>Individual</IndividualEntityShip>
    <DesignationSource>UK</DesignationSource>
    <SanctionsImposed>Asset freeze|Travel Ban</SanctionsImposed>
    <OtherInformation>Invented for a test.</OtherInformation>
    <Addresses>
      <Address><AddressLine1>1 Test Street</AddressLine1><AddressLine6>Moscow</AddressLine6><AddressCountry>Russia</AddressCountry></Address>
    </Addresses>
    <IndividualDetails>
      <Individual>
        <DOBs><DOB>25/03/1973</DOB><DOB>dd/mm/1974</DOB></DOBs>
        <Nationalities><Nationality>Russia</Nationality></Nationalities>
        <Genders><Gender>Male</Gender></Genders>
        <PassportDetails><Passport><PassportNumber>720000001</PassportNumber></Passport></PassportDetails>
        <NationalIdentifierDetails><NationalIdentifier><NationalIdentifierNumber>770000000001</NationalIdentifierNumber></NationalIdentifier></NationalIdentifierDetails>
      </Individual>
    </IndividualDetails>
  </Designation>
  <Designation>
    <DateDesignated>09/05/2025</DateDesignated>
    <UniqueID>RUS9002</UniqueID>
    <Names><Name><Name6>SEA BREEZE</Name6><NameType>Primary Name</NameType></Name></Names>
    <RegimeName>The Russia (Sanctions) (EU Exit) Regulations 2019</RegimeName>
    <IndividualEntityShip>Ship</IndividualEntityShip>
    <ShipDetails>
      <Ship>
        <IMONumbers><IMONumber>IMO9876543</IMONumber></IMONumbers>
        <CurrentBelievedFlagOfShips><CurrentBelievedFlagOfShip>Gabon</CurrentBelievedFlagOfShip></CurrentBelievedFlagOfShips>
      </Ship>
    </ShipDetails>
  </Designation>
</Designations>`;

/**
 * The 58 columns of the FCDO CSV export (UK_Sanctions_List.csv), in their published order. The file starts
 * with a "Report Date: dd-Mon-yyyy" line, then this header.
 */
export const UK_CSV_HEADER = [
  'Last Updated',
  'Unique ID',
  'OFSI Group ID',
  'UN Reference Number',
  'Name 6',
  'Name 1',
  'Name 2',
  'Name 3',
  'Name 4',
  'Name 5',
  'Name type',
  'Alias strength',
  'Title',
  'Name non-latin script',
  'Non-latin script type',
  'Non-latin script language',
  'Regime Name',
  'Designation Type',
  'Designation source',
  'Sanctions Imposed',
  'Other Information',
  'UK Statement of Reasons',
  'Address Line 1',
  'Address Line 2',
  'Address Line 3',
  'Address Line 4',
  'Address Line 5',
  'Address Line 6',
  'Address Postal Code',
  'Address Country',
  'Phone number',
  'Website',
  'Email address',
  'Date Designated',
  'D.O.B',
  'Nationality(/ies)',
  'National Identifier number',
  'National Identifier additional information',
  'Passport number',
  'Passport additional information',
  'Position',
  'Gender',
  'Town of birth',
  'Country of birth',
  'Type of entity',
  'Subsidiaries',
  'Parent company',
  'Business registration number (s)',
  'IMO number',
  'Current owner/operator (s)',
  'Previous owner/operator (s)',
  'Current believed flag of ship',
  'Previous flags',
  'Type of ship',
  'Tonnage of ship',
  'Length of ship',
  'Year Built',
  'Hull identification number (HIN)',
] as const;

type UkCsvColumn = (typeof UK_CSV_HEADER)[number];

/** One CSV line with the given cells and empty ones elsewhere, quoted as RFC 4180 asks. */
export function ukCsvRow(cells: Partial<Record<UkCsvColumn, string>>): string {
  const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return UK_CSV_HEADER.map((column) => quote(cells[column] ?? '')).join(',');
}

const PETROV: Partial<Record<UkCsvColumn, string>> = {
  'Last Updated': '01/02/2026',
  'Unique ID': 'RUS9001',
  'OFSI Group ID': '99001',
  'Regime Name': 'The Russia (Sanctions) (EU Exit) Regulations 2019',
  'Designation Type': 'Individual',
  'Designation source': 'UK',
  'Sanctions Imposed': 'Asset freeze|Travel Ban',
  'Other Information': 'Invented for a test.',
  'Address Line 1': '1 Test Street',
  'Address Line 6': 'Moscow',
  'Address Country': 'Russia',
  'Date Designated': '15/03/2022',
  'D.O.B': '25/03/1973',
  'Nationality(/ies)': 'Russia',
  'National Identifier number': '770000000001',
  'Passport number': '720000001',
  Gender: 'Male',
};

/** The designations of UK_XML_FIXTURE as the CSV export writes them: one row per name. */
export const UK_CSV_FIXTURE = [
  'Report Date: 01-Oct-2026',
  UK_CSV_HEADER.join(','),
  ukCsvRow({
    ...PETROV,
    'Name 6': 'PETROV',
    'Name 1': 'Ivan',
    'Name 2': 'Ivanovich',
    'Name type': 'Primary Name',
    'Name non-latin script': 'Иван Иванович ПЕТРОВ',
    'Non-latin script type': 'Cyrillic',
    'Non-latin script language': 'Russian',
  }),
  ukCsvRow({
    ...PETROV,
    'Name 6': 'PETROFF',
    'Name 1': 'Ivan',
    'Name type': 'Alias',
    'Alias strength': 'Good quality a.k.a',
    'D.O.B': 'dd/mm/1974',
  }),
  ukCsvRow({ ...PETROV, 'Name 6': 'Vanya', 'Name type': 'Alias', 'Alias strength': 'Low quality a.k.a' }),
  ukCsvRow({ ...PETROV, 'Name 6': 'PETROV', 'Name 1': 'IVAN', 'Name type': 'Primary name variation' }),
  ukCsvRow({
    'Unique ID': 'RUS9002',
    'Name 6': 'SEA BREEZE',
    'Name type': 'Primary Name',
    'Regime Name': 'The Russia (Sanctions) (EU Exit) Regulations 2019',
    'Designation Type': 'Ship',
    'Date Designated': '09/05/2025',
    'IMO number': 'IMO9876543',
    'Current believed flag of ship': 'Gabon',
  }),
].join('\r\n');
