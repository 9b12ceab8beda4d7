import { performance as nodePerformance } from "node:perf_hooks";
import type { ApolloServerPlugin } from "@apollo/server";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { DatabaseHandle } from "../db/client.js";
import type { WriteNotifications } from "../db/write-notifications.js";

/** How many distinct operation names get a label value of their own; the rest are counted as otherOperations. */
export const maxOperationLabels = 200;
export const otherOperations = "other";

/**
 * What /metrics exposes in Prometheus' text format: GraphQL requests and their latency by
 * operation, SQL statements sent, response-cache hits and misses, and whether the server hears
 * the writes other processes commit; plus the process's own
 * (memory, CPU, event-loop lag and utilisation). One registry per server, so tests never share counters.
 */
export function createMetrics(database: DatabaseHandle, notifications?: WriteNotifications) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "reform_graph_" });

  const requests = new Counter({
    name: "reform_graph_graphql_requests_total",
    help: "GraphQL operations executed, by operation name and outcome.",
    labelNames: ["operation", "outcome"] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: "reform_graph_graphql_request_duration_seconds",
    help: "Time from receiving a GraphQL operation to sending its response, by operation name.",
    labelNames: ["operation"] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const statements = new Counter({
    name: "reform_graph_sql_statements_total",
    help: "SQL statements sent to the database.",
    registers: [registry],
  });
  const cache = new Counter({
    name: "reform_graph_response_cache_total",
    help: "Response cache lookups for reads, by result (hit or miss).",
    labelNames: ["result"] as const,
    registers: [registry],
  });
  // Event-loop utilisation as two running totals (busy and idle seconds since start), so a reader
  // of two scrapes gets the share of any interval it likes: busy / (busy + idle) of the differences.
  for (const [state, help] of [
    ["active", "Seconds the event loop spent running callbacks since the process started."],
    ["idle", "Seconds the event loop spent waiting for events since the process started."],
  ] as const) {
    new Counter({
      name: `reform_graph_event_loop_${state}_seconds_total`,
      help,
      registers: [registry],
      collect() {
        this.reset();
        this.inc(nodePerformance.eventLoopUtilization()[state] / 1000);
      },
    });
  }
  if (notifications) {
    new Gauge({
      name: "reform_graph_write_notifications_listening",
      help: "1 while the server hears the writes other processes commit (its response cache is in use); 0 while it cannot.",
      registers: [registry],
      collect() {
        this.set(notifications.isListening() ? 1 : 0);
      },
    });
  }
  const stopCounting = database.onStatement(() => statements.inc());

  // Operation names are chosen by clients: past a bound, new ones share one label value, so no
  // client can grow the exposition (and the server's memory) by sending ever new names.
  const labelledOperations = new Set<string>();
  const operationLabel = (operationName: string | null | undefined) => {
    const operation = operationName ?? "anonymous";
    if (labelledOperations.has(operation)) return operation;
    if (labelledOperations.size >= maxOperationLabels) return otherOperations;
    labelledOperations.add(operation);
    return operation;
  };

  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors }) {
          const operation = operationLabel(operationName);
          requests.inc({ operation, outcome: errors?.length ? "error" : "ok" });
          latency.observe({ operation }, (performance.now() - started) / 1000);
        },
      };
    },
  };

  return {
    plugin,
    cacheLookup: (result: "hit" | "miss") => cache.inc({ result }),
    contentType: registry.contentType,
    render: () => registry.metrics(),
    stop: () => stopCounting(),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
