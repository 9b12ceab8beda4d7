import { execFileSync } from "node:child_process";
import fs from "node:fs";

/** Role and databases the test suite (and .ci/run) use on a machine's own PostgreSQL. */
export const localPostgres = {
  role: "reform",
  password: "reform",
  databases: ["reform_graph", "reform_graph_test"],
  url: (database: string) => `postgresql://reform:reform@localhost:5432/${database}`,
};

function asPostgres(sql: string, database = "postgres"): string {
  return execFileSync("su", ["postgres", "-c", `psql -d ${database} -tAc "${sql.replace(/"/g, '\\"')}"`], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  }).trim();
}

/**
 * The PostgreSQL URL the suite runs against: TEST_POSTGRES_URL when given; otherwise, on a
 * machine with Debian's PostgreSQL cluster and root rights (every machine of this project),
 * the cluster is started and its role and databases created. Undefined when neither works,
 * so a laptop without PostgreSQL still runs the SQLite half.
 */
export function ensureLocalPostgres(): string | undefined {
  if (process.env.TEST_POSTGRES_URL) return process.env.TEST_POSTGRES_URL;
  if (!fs.existsSync("/usr/bin/pg_ctlcluster") || process.getuid?.() !== 0) return undefined;
  try {
    const clusters = execFileSync("pg_lsclusters", ["--no-header"], { encoding: "utf8" });
    const cluster = clusters
      .split("\n")
      .find((line) => line.trim())
      ?.trim()
      .split(/\s+/);
    if (!cluster) return undefined;
    const [version, name, , status] = cluster;
    if (status !== "online") execFileSync("pg_ctlcluster", [version!, name!, "start"], { stdio: "ignore" });
    if (asPostgres(`SELECT 1 FROM pg_roles WHERE rolname = '${localPostgres.role}'`) !== "1") {
      asPostgres(`CREATE ROLE ${localPostgres.role} WITH LOGIN CREATEDB PASSWORD '${localPostgres.password}'`);
    }
    for (const database of localPostgres.databases) {
      if (asPostgres(`SELECT 1 FROM pg_database WHERE datname = '${database}'`) !== "1") {
        asPostgres(`CREATE DATABASE ${database} OWNER ${localPostgres.role}`);
      }
    }
    return localPostgres.url("reform_graph_test");
  } catch {
    return undefined;
  }
}
