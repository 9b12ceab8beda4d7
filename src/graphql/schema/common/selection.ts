import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";

/**
 * Whether the operation selects a field of this name anywhere below the field being resolved,
 * fragments included; @skip and @include are not evaluated, so the answer errs towards yes.
 * Lets a resolver leave out work only a deeper field needs (the sources of comparison cells).
 */
export function selectsBelow(info: GraphQLResolveInfo, fieldName: string): boolean {
  const visited = new Set<string>();
  const selects = (selectionSet: SelectionSetNode | undefined): boolean =>
    !!selectionSet &&
    selectionSet.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === fieldName || selects(selection.selectionSet);
      if (selection.kind === Kind.INLINE_FRAGMENT) return selects(selection.selectionSet);
      if (visited.has(selection.name.value)) return false;
      visited.add(selection.name.value);
      return selects(info.fragments[selection.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => selects(node.selectionSet));
}
