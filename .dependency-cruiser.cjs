// Import rules for src/: every arrow points down (README, "Architecture"). Run by `npm run lint:imports`
// and by CI; type-only imports count like any other, so a type cannot smuggle a circle in.
//
// From the top: main.ts → cli/ → http/ → graphql/ → store/ → auth/, read/ → db/ → records/ → the
// pure rooms (aggregation/, quantity/, provenance/) → errors/ and generated/ (leaves). draft/ (a
// newsletter's text to a draft report) stands beside store/: it reads records/ and quantity/ and
// is used by cli/ and graphql/ only.

/** What each room of src/ may import besides itself and the leaves (errors/, generated/). */
const mayImport = {
  cli: ["config", "http", "graphql", "store", "draft", "auth", "read", "records", "aggregation", "quantity", "provenance", "db"],
  http: ["graphql", "store", "auth", "read", "records", "aggregation", "quantity", "provenance", "db"],
  graphql: ["store", "draft", "auth", "read", "records", "aggregation", "quantity", "provenance", "db"],
  store: ["auth", "read", "records", "aggregation", "quantity", "provenance", "db"],
  draft: ["records", "quantity", "provenance"],
  auth: ["records", "db"],
  read: ["records", "aggregation", "quantity", "provenance", "db"],
  records: ["quantity", "provenance"],
  aggregation: ["quantity"],
  quantity: [],
  provenance: [],
  db: ["records", "quantity", "provenance"],
  errors: [],
};
const rooms = [...Object.keys(mayImport), "config", "generated"];

const upward = Object.entries(mayImport).map(([room, allowed]) => ({
  name: `${room}-imports-down`,
  comment: `src/${room}/ may import only ${[...allowed, "errors", "generated"].join(", ")} (and itself)`,
  severity: "error",
  from: { path: `^src/${room}/` },
  to: {
    path: `^src/(${rooms.filter((other) => other !== room && !allowed.includes(other) && other !== "errors" && other !== "generated").join("|")})(/|\\.ts$)`,
  },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "A circle of imports, type-only ones included.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "nothing-imports-main",
      comment: "main.ts is the composition root: nothing imports it.",
      severity: "error",
      from: {},
      to: { path: "^src/main\\.ts$" },
    },
    {
      name: "config-only-from-the-top",
      comment: "Settings from the environment are read by main.ts and the command lines, and handed down.",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/(main\\.ts|cli/)" },
      to: { path: "^src/config\\.ts$" },
    },
    {
      name: "src-never-imports-tests",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^test/" },
    },
    ...upward,
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^src/generated/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
  },
};
