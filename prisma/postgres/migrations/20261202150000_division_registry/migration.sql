-- AlterTable
ALTER TABLE "Region" ADD COLUMN     "nameEnRomanised" BOOLEAN NOT NULL DEFAULT false;

