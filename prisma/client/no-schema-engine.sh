#!/bin/sh
# Stands in for Prisma 7's native schema engine, which cannot be downloaded here (see prisma.config.ts).
echo "Prisma 7's schema engine is not installed: migrate with npm run db:migrate (the Prisma 6.19 CLI)." >&2
exit 1
