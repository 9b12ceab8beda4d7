import type { Quantity } from "../quantity/stated-quantity.js";
import { sumQuantities } from "./quantity-sum.js";

/** A reported number attached to one region of the tree. */
export interface RegionFigure<Source> {
  regionPath: string;
  regionLevel: string;
  /**
   * What exactly is counted beyond the indicator (an honour title and status …): figures of
   * one region with the same facet report the same number; different facets are different parts.
   */
  facet: string;
  /** ISO 8601 period of the figure, when the source dates it. */
  period?: string | null;
  quantity: Quantity;
  source: Source;
  /** The organisation the figure is about, when its subject is one and not a region. */
  organisationId?: number;
  /** Whether another report of the same fact gives a number this one cannot be. */
  disputed?: boolean;
}

export interface RolledUp<Source> {
  quantity: Quantity;
  /** The tiers the number was taken from: the region's own, or those of regions below it. */
  levels: string[];
  /** The organisations whose own figures make the number (those located in the region, where no division above them reports it). */
  organisationIds: number[];
  /** Whether two reports of one fact it rests on disagree. */
  disputed: boolean;
  sources: Source[];
}

/**
 * The value of an additive indicator for the region at `path`, never counting anything twice:
 * a region's own figure stands for its whole subtree; only where a region reports nothing are
 * its children's figures (again, their own or their children's) added up instead.
 */
export function rollUp<Source>(path: string, figures: readonly RegionFigure<Source>[], additive: boolean): RolledUp<Source> | undefined {
  const own = figures.filter((figure) => figure.regionPath === path);
  if (own.length > 0) return combine(own, additive);
  if (!additive) return undefined;
  const below = figures.filter((figure) => figure.regionPath.startsWith(path) && figure.regionPath !== path);
  const childPaths = new Set(below.map((figure) => figure.regionPath.slice(0, figure.regionPath.indexOf("/", path.length) + 1)));
  const parts = [...childPaths].map((child) => rollUp(child, below, additive)).filter((part) => part !== undefined);
  if (parts.length === 0) return undefined;
  return {
    quantity: sumQuantities(parts.map((part) => part.quantity))!,
    levels: [...new Set(parts.flatMap((part) => part.levels))],
    organisationIds: [...new Set(parts.flatMap((part) => part.organisationIds))],
    disputed: parts.some((part) => part.disputed),
    sources: parts.flatMap((part) => part.sources),
  };
}

/**
 * A region's own figures: several with one facet are several reports of the same number (the
 * most recently recorded stands, the others stay sources); different facets are added up when
 * the indicator is additive (2 national + 9 provincial model workers recommended).
 */
function combine<Source>(own: readonly RegionFigure<Source>[], additive: boolean): RolledUp<Source> {
  const latestByFacet = new Map<string, RegionFigure<Source>>();
  for (const figure of own) latestByFacet.set(figure.facet, figure);
  const parts = [...latestByFacet.values()];
  const quantity = additive ? sumQuantities(parts.map((figure) => figure.quantity))! : own[own.length - 1]!.quantity;
  const organisationIds = [...new Set(own.flatMap((figure) => (figure.organisationId === undefined ? [] : [figure.organisationId])))];
  const disputed = own.some((figure) => figure.disputed === true);
  return { quantity, levels: [own[0]!.regionLevel], organisationIds, disputed, sources: own.map((figure) => figure.source) };
}
