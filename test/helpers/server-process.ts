import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import { ensureServerBuilt } from "../../src/cli/server-build.js";
import { repositoryRoot } from "../../src/db/database-url.js";

// The real server as a child process, for scripts that measure it from outside: the benchmark and
// the database fault script.

const host = "127.0.0.1";

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One request on a connection of its own. A kept-alive connection can be closed by the server
 * (its keep-alive timeout) just as the next request is sent, which a busy server makes likely.
 */
export function request(url: string, body?: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      url,
      {
        method: body === undefined ? "GET" : "POST",
        agent: false,
        headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", reject);
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

/**
 * How `npm start` runs node (package.json): its flags (heap and young-generation sizes) and its
 * entry, the compiled server (test/helpers/build-server.global.ts builds it before the tests), so
 * what is measured and tested is what production runs.
 */
export function npmStartNode(): { flags: string[]; entry: string } {
  const { scripts } = JSON.parse(fs.readFileSync(`${repositoryRoot}/package.json`, "utf8")) as { scripts: { start: string } };
  const [command, ...words] = scripts.start.split("&&").pop()!.trim().split(/\s+/);
  if (command !== "node" || words.length === 0) throw new Error(`npm start does not end in "node <flags> <entry>": ${scripts.start}`);
  return { flags: words.slice(0, -1), entry: words.at(-1)! };
}

/** The real server, as `npm start` runs it (the compiled src/main.ts), as a child process, on loopback. */
export class ServerProcess {
  private exit: string | undefined;
  private output = "";

  private constructor(
    private readonly child: ChildProcess,
    readonly baseUrl: string,
  ) {
    child.on("exit", (code, signal) => (this.exit = signal ? `signal ${signal}` : `exit code ${code}`));
    const keepTail = (chunk: Buffer) => (this.output = (this.output + chunk.toString()).slice(-4000));
    child.stdout?.on("data", keepTail);
    child.stderr?.on("data", keepTail);
  }

  /**
   * `environment` adds to or overrides the server's environment (e.g. RESPONSE_CACHE_TTL_MS);
   * `nodeFlags` go to node beside npm start's own (e.g. --cpu-prof, which NODE_OPTIONS refuses).
   */
  static async start(databaseUrl: string, environment: Record<string, string> = {}, nodeFlags: string[] = []): Promise<ServerProcess> {
    const port = await freePort();
    await ensureServerBuilt();
    const { flags, entry } = npmStartNode();
    const child = spawn(process.execPath, [...flags, ...nodeFlags, entry], {
      cwd: repositoryRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: host, LOG_LEVEL: "silent", NODE_ENV: "production", ...environment },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const server = new ServerProcess(child, `http://${host}:${port}`);
    try {
      await server.waitUntilReady();
      server.assertIsTheServer();
    } catch (error) {
      await server.stop();
      throw error;
    }
    return server;
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** The last 4,000 characters the server wrote (its log lines, with LOG_LEVEL other than silent). */
  get recentOutput(): string {
    return this.output;
  }

  /** How the server ended and what it last wrote, if it has ended. */
  get exitReport(): string | undefined {
    return this.exit && `the server ended (${this.exit}); its last output:\n${this.output}`;
  }

  private async waitUntilReady() {
    for (let attempt = 0; attempt < 240; attempt++) {
      if (this.exit) throw new Error(`the server exited before it was ready (${this.exit}):\n${this.output}`);
      const ready = await request(`${this.baseUrl}/readyz`).then(
        (response) => response.status === 200,
        () => false,
      );
      if (ready) return;
      await sleep(250);
    }
    throw new Error(`the server was not ready within 60 s:\n${this.output}`);
  }

  /** Memory is read from /proc/<pid>: that pid must be node running main.ts, not a wrapper around it. */
  private assertIsTheServer() {
    const commandLine = fs.readFileSync(`/proc/${this.pid}/cmdline`, "utf8").split("\0");
    if (commandLine[0] !== process.execPath || !commandLine.includes(npmStartNode().entry)) {
      throw new Error(`pid ${this.pid} is not the server process: ${commandLine.join(" ")}`);
    }
  }

  /** Starts a new peak (VmHWM) from the current RSS; false where the kernel does not allow it. */
  resetPeakRss(): boolean {
    try {
      fs.writeFileSync(`/proc/${this.pid}/clear_refs`, "5");
      return true;
    } catch {
      return false;
    }
  }

  peakRssMb(): number {
    const status = fs.readFileSync(`/proc/${this.pid}/status`, "utf8");
    const kilobytes = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]);
    return kilobytes / 1024;
  }

  /** SIGTERM, as an orchestrator stops it; SIGKILL after 10 s. Resolves to how it ended ("exit code 0"). */
  async stop(): Promise<string> {
    if (!this.exit) {
      this.child.kill("SIGTERM");
      for (let attempt = 0; attempt < 100 && !this.exit; attempt++) await sleep(100);
    }
    if (!this.exit) {
      this.child.kill("SIGKILL");
      for (let attempt = 0; attempt < 50 && !this.exit; attempt++) await sleep(100);
    }
    return this.exit ?? "still running";
  }
}

/** The machine figures are measured on, for results files. */
export function machineDescription() {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  return `${os.availableParallelism()} CPUs (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${os.type()} ${os.release()}`;
}
