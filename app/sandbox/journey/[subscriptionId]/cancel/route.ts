import { cancelJourney, openJourney } from "@/server/sandbox/journeys/journey";
import { fromThisSite, readForm, seeOther } from "@/server/sandbox/journeys/form-post";

type Params = { params: Promise<{ subscriptionId: string }> };

/** "Cancel and return to the merchant". */
export async function POST(request: Request, { params }: Params): Promise<Response> {
  const { subscriptionId } = await params;
  if (!fromThisSite(request)) return new Response("Cross-site form post refused", { status: 403 });
  const form = await readForm(request);
  if (!form) return new Response("Expected a form", { status: 400 });
  const journey = openJourney(subscriptionId, String(form.get("t") ?? ""));
  if (!journey) return new Response("Unknown journey", { status: 404 });
  return seeOther(cancelJourney(journey));
}
