import http from "node:http";
import net from "node:net";
import type { FuzzRequest } from "./requests.js";

export interface FuzzAnswer {
  /** HTTP status, or why there was none: "connection closed" or "timeout". */
  status: number | "connection closed" | "timeout";
  /** `extensions.code` of each GraphQL error in the body. */
  errorCodes: string[];
}

const timeoutMs = 30_000;

/** The GraphQL error codes of a response body, if it is a GraphQL response at all. */
function errorCodes(body: string): string[] {
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] };
    return (parsed.errors ?? []).map((error) => String(error.extensions?.code ?? "(no code)"));
  } catch {
    return [];
  }
}

/**
 * Sends one fuzz request to the server at `origin`. A connection closed without an answer is
 * recorded, not thrown: the server may legitimately hang up on bytes that are not HTTP.
 */
export function send(origin: URL, request: FuzzRequest, agent?: http.Agent): Promise<FuzzAnswer> {
  return request.raw === undefined ? sendHttp(origin, request, agent) : sendRaw(origin, request.raw);
}

function sendHttp(origin: URL, request: FuzzRequest, agent?: http.Agent): Promise<FuzzAnswer> {
  return new Promise((resolve) => {
    const outgoing = http.request(
      new URL(request.path, origin),
      { method: request.method, headers: request.headers, agent, timeout: timeoutMs },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, errorCodes: errorCodes(Buffer.concat(chunks).toString("utf8")) }));
        response.on("error", () => resolve({ status: "connection closed", errorCodes: [] }));
      },
    );
    outgoing.on("timeout", () => {
      outgoing.destroy();
      resolve({ status: "timeout", errorCodes: [] });
    });
    outgoing.on("error", () => resolve({ status: "connection closed", errorCodes: [] }));
    outgoing.end(request.body);
  });
}

function sendRaw(origin: URL, raw: string): Promise<FuzzAnswer> {
  return new Promise((resolve) => {
    const socket = net.connect(Number(origin.port), origin.hostname);
    const chunks: Buffer[] = [];
    const finish = () => {
      const text = Buffer.concat(chunks).toString("latin1");
      const status = /^HTTP\/1\.\d (\d{3})/.exec(text)?.[1];
      resolve({ status: status ? Number(status) : "connection closed", errorCodes: errorCodes(text.slice(text.indexOf("\r\n\r\n") + 4)) });
    };
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      resolve({ status: "timeout", errorCodes: [] });
    });
    socket.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      // One answer is all that is read; the server may keep the connection open for the next request.
      if (Buffer.concat(chunks).includes("\r\n\r\n")) socket.end();
    });
    socket.on("close", finish);
    socket.on("error", () => undefined);
    socket.end(raw, "latin1");
  });
}
