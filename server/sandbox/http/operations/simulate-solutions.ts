import "server-only";
import type { SimulationRequest } from "@/server/contract";
import { simulate, simulationToApi } from "../../domain/simulate";
import type { Market } from "../../domain/solutions";
import { positiveCents } from "../amounts";
import { json, readJson, type ApiContext } from "../context";
import { SandboxHttpError } from "../errors";
import { isCountryCode } from "../iso-codes";
import { validateBody, validateGateway } from "../validation";

/**
 * POST /_simulate-solutions: every offer of the merchant's eligible
 * solutions (or of the requested ones among them) for this amount.
 */
export async function simulateSolutions(ctx: ApiContext): Promise<Response> {
  const body = await readJson(ctx.request);
  validateGateway("simulateSolution", body, ctx.apiVersion);
  const request = body as SimulationRequest;
  if (!isCountryCode(request.buyerBillingCountry)) {
    throw new SandboxHttpError(
      400,
      "INVALID_COUNTRY_CODE",
      `buyerBillingCountry must be an ISO 3166-1 alpha-2 country code; rejected value "${request.buyerBillingCountry}"`,
    );
  }
  validateBody("simulateSolution", body, ctx.apiVersion);
  const amountCents = positiveCents(request.financedAmount, "financedAmount");
  const contracted = ctx.merchant.solutionCodes;
  const wanted = request.solutionCodes && request.solutionCodes.length > 0 ? new Set(request.solutionCodes) : undefined;
  const codes = wanted ? contracted.filter((c) => wanted.has(c)) : contracted;
  return json(simulationToApi(simulate(amountCents, request.buyerBillingCountry as Market, codes)));
}
