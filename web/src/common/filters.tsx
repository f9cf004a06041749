import { AutocompleteInput, ReferenceInput } from 'react-admin';

/** A list filter picking a record of `reference` (an organization, a grid) by its name. */
export const referenceFilter = (source: string, reference = 'organizations') => (
  <ReferenceInput key={source} source={source} reference={reference}>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>
);
