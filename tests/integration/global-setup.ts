import type { TestProject } from "vitest/node";
import { startServer } from "../support/server";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    dataDir: string;
  }
}

/** One production server for the whole integration suite; each test file isolates its own data. */
export default async function setup(project: TestProject) {
  // The webhook tests' receivers listen on 127.0.0.1, which a reachable sandbox refuses to post to.
  const server = await startServer({ quiet: true, extraEnv: { SANDBOX_WEBHOOKS_ALLOW_PRIVATE: "true" } });
  project.provide("baseURL", server.baseURL);
  project.provide("dataDir", server.dataDir);
  return () => server.stop();
}
