-- Skill competitions count only when held: one planned for next year is not a competition held.
-- The tallies of existing databases are counted afresh, as src/store/record-tallies.ts counts them.
DELETE FROM "RecordTally" WHERE "kind" = 'SKILL_COMPETITIONS'::"RecordKind";
DELETE FROM "RecordTotal" WHERE "kind" = 'SKILL_COMPETITIONS'::"RecordKind";

INSERT INTO "RecordTally" ("kind", "regionId", "citationId", "recordCount")
SELECT 'SKILL_COMPETITIONS'::"RecordKind", "regionId", "citationId", COUNT(*)
FROM "SkillCompetition"
WHERE "regionId" IS NOT NULL AND "status" = 'HELD'
GROUP BY "regionId", "citationId";

INSERT INTO "RecordTotal" ("kind", "regionId", "recordCount")
SELECT 'SKILL_COMPETITIONS'::"RecordKind", "regionId", COUNT(*)
FROM "SkillCompetition"
WHERE "regionId" IS NOT NULL AND "status" = 'HELD'
GROUP BY "regionId";
