import { type FieldNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectsField } from './selects-field';

/** The resolve info of the top-level `search` field of `source`. */
function infoFor(source: string) {
  const document = parse(source);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const fragments = Object.fromEntries(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const fieldNodes = (operation?.selectionSet.selections ?? []).filter(
    (selection): selection is FieldNode => selection.kind === Kind.FIELD && selection.name.value === 'search',
  );
  return { fieldNodes, fragments };
}

describe('selectsField', () => {
  it('sees a field selected directly', () => {
    const info = infoFor('{ search(query: "a") { totalCount facets { kind { value } } } }');
    expect(selectsField(info, 'facets')).toBe(true);
    expect(selectsField(info, 'suggestion')).toBe(false);
  });

  it('does not look deeper than the direct selection', () => {
    expect(selectsField(infoFor('{ search(query: "a") { hits { facets: title } } }'), 'facets')).toBe(false);
  });

  it('sees fields in inline fragments and named fragments', () => {
    expect(
      selectsField(infoFor('{ search(query: "a") { ... on SearchResult { facets { tag { value } } } } }'), 'facets'),
    ).toBe(true);
    const viaFragment = infoFor(`
      query Q { search(query: "a") { ...Result } }
      fragment Result on SearchResult { totalCount ...More }
      fragment More on SearchResult { facets { kind { value } } }`);
    expect(selectsField(viaFragment, 'facets')).toBe(true);
  });

  it('counts a conditional field as selected and survives fragment cycles', () => {
    expect(
      selectsField(
        infoFor('query Q($f: Boolean!) { search(query: "a") { facets @include(if: $f) { kind { value } } } }'),
        'facets',
      ),
    ).toBe(true);
    const cyclic = infoFor(`
      query Q { search(query: "a") { ...A } }
      fragment A on SearchResult { ...B }
      fragment B on SearchResult { ...A totalCount }`);
    expect(selectsField(cyclic, 'facets')).toBe(false);
  });

  it('merges the selections of every field node (the same field asked twice)', () => {
    expect(
      selectsField(
        infoFor('{ search(query: "a") { totalCount } search(query: "a") { facets { kind { value } } } }'),
        'facets',
      ),
    ).toBe(true);
  });
});
