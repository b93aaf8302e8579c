import { handleSandboxRequest } from "@/server/sandbox/http/router";

/**
 * The whole bank API of the sandbox (token endpoint, e-financing operations,
 * controls, health) under /sandbox/baas/uatc. One catch-all because the
 * bank's "_cancel"-style segments cannot be App Router folders.
 */

type Params = { params: Promise<{ path: string[] }> };

async function handler(request: Request, { params }: Params): Promise<Response> {
  const { path } = await params;
  return handleSandboxRequest(request, path);
}

export { handler as GET, handler as POST, handler as PUT, handler as DELETE, handler as PATCH };
