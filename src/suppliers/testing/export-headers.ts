/**
 * The columns a supplier export must have, in order, written out here rather than taken from export.ts, so
 * that the tests of the file and of the route notice a column renamed, moved or dropped.
 */
export const EXPECTED_EXPORT_HEADERS = [
  'Legal name',
  'Other names',
  'Country',
  'Registration number',
  'Registration type',
  'Address line 1',
  'Address line 2',
  'City',
  'Postal code',
  'Region',
  'Contact name',
  'Contact email',
  'Contact phone',
  'Product categories',
  'Status',
  'Tags',
  'Id',
  'Created at',
  'Updated at',
];
