// The explorer's browser side: GraphiQL against this server's own /graphql. It is bundled with its
// editor workers by ../bundle.ts at install time, so the page needs nothing but this origin.
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import type {} from "monaco-editor"; // its global MonacoEnvironment declaration
import { createRoot } from "react-dom/client";
import "graphiql/style.css";

/** What the server writes into the page (explorer-route.ts): where to send operations, and the ready tabs. */
interface ExplorerSettings {
  endpoint: string;
  workers: { editor: string; json: string; graphql: string };
  tabs: { query: string; headers?: string }[];
}

const settingsElement = document.getElementById("explorer-settings");
const settings = JSON.parse(settingsElement?.textContent ?? "{}") as ExplorerSettings;

// Monaco asks for one worker per language; each is its own file in the bundle, served from this origin.
window.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    const url = label === "json" ? settings.workers.json : label === "graphql" ? settings.workers.graphql : settings.workers.editor;
    return new Worker(url);
  },
};

const fetcher = createGraphiQLFetcher({ url: settings.endpoint });
const root = document.getElementById("explorer");
if (root) {
  createRoot(root).render(
    <GraphiQL fetcher={fetcher} defaultTabs={settings.tabs} defaultEditorToolsVisibility="headers" shouldPersistHeaders={false}>
      <GraphiQL.Logo>
        <span style={{ whiteSpace: "nowrap" }}>Reform Graph</span>
      </GraphiQL.Logo>
    </GraphiQL>,
  );
}
