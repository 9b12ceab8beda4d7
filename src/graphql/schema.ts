import { printSubgraphSchema } from "@apollo/subgraph";
import { builder } from "./builder.js";
import "./schema/common/scalars.js";
import "./schema/common/enums.js";
import "./schema/common/quantity.js";
import "./schema/common/node-lookups.js";
import "./schema/region/region.type.js";
import "./schema/region/region.queries.js";
import "./schema/region/region-aggregates.type.js";
import "./schema/source/source.type.js";
import "./schema/source/source.queries.js";
import "./schema/source/source.mutations.js";
import "./schema/person/person.type.js";
import "./schema/person/person.queries.js";
import "./schema/organisation/organisation.type.js";
import "./schema/organisation/organisation.queries.js";
import "./schema/policy-document/policy-document.type.js";
import "./schema/policy-document/policy-document.queries.js";
import "./schema/policy-document/policy-document.mutations.js";
import "./schema/honour/honour.type.js";
import "./schema/honour/honour.queries.js";
import "./schema/honour/honour.mutations.js";
import "./schema/indicator/indicator.type.js";
import "./schema/indicator/indicator.queries.js";
import "./schema/indicator/indicator.mutations.js";
import "./schema/funding/funding.type.js";
import "./schema/funding/funding.queries.js";
import "./schema/funding/funding.mutations.js";
import "./schema/reward-rule/reward-rule.type.js";
import "./schema/reward-rule/reward-rule.queries.js";
import "./schema/skill-competition/skill-competition.type.js";
import "./schema/skill-competition/skill-competition.queries.js";
import "./schema/career-ladder/career-ladder.type.js";
import "./schema/career-ladder/career-ladder.queries.js";
import "./schema/skill-standard/skill-standard.type.js";
import "./schema/skill-standard/skill-standard.queries.js";
import "./schema/service-facility/service-facility.type.js";
import "./schema/service-facility/service-facility.queries.js";
import "./schema/ranking/ranking.type.js";
import "./schema/ranking/ranking.queries.js";
import "./schema/programme/programme.type.js";
import "./schema/programme/programme.queries.js";
import "./schema/craftsman-studio/craftsman-studio.type.js";
import "./schema/craftsman-studio/craftsman-studio.queries.js";
import "./schema/craftsman-studio/craftsman-studio.mutations.js";
import "./schema/demonstration-point/demonstration-point.type.js";
import "./schema/demonstration-point/demonstration-point.queries.js";
import "./schema/demonstration-point/demonstration-point.mutations.js";
import "./schema/innovation-project/innovation-project.type.js";
import "./schema/innovation-project/innovation-project.queries.js";
import "./schema/innovation-project/innovation-project.mutations.js";
import "./schema/audit/audit.type.js";
import "./schema/audit/audit.queries.js";
import "./schema/comparison/comparison.type.js";
import "./schema/comparison/comparison.queries.js";

/**
 * The whole schema as an Apollo Federation v2 subgraph: entities keyed by natural keys, plus
 * `_service` and `_entities`. Pothos sorts the types, so the printed SDL is stable.
 */
export const schema = builder.toSubGraphSchema({ linkUrl: "https://specs.apollo.dev/federation/v2.6" });

/** The subgraph SDL, with its federation directives, as committed in schema/schema.graphql. */
export const printedSchema = () => `${printSubgraphSchema(schema)}\n`;
