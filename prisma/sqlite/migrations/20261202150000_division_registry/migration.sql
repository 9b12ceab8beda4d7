-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Region" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameEnRomanised" BOOLEAN NOT NULL DEFAULT false,
    "level" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "parentId" INTEGER,
    "talliedAt" DATETIME,
    CONSTRAINT "Region_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Region" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Region" ("code", "id", "level", "nameEn", "nameZh", "parentId", "path", "talliedAt") SELECT "code", "id", "level", "nameEn", "nameZh", "parentId", "path", "talliedAt" FROM "Region";
DROP TABLE "Region";
ALTER TABLE "new_Region" RENAME TO "Region";
CREATE UNIQUE INDEX "Region_code_key" ON "Region"("code");
CREATE UNIQUE INDEX "Region_path_key" ON "Region"("path");
CREATE INDEX "Region_parentId_idx" ON "Region"("parentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

