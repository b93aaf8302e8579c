import { submitStep } from "@/server/sandbox/journeys/journey";
import { answerJourneyPost } from "@/server/sandbox/journeys/form-post";

type Params = { params: Promise<{ subscriptionId: string }> };

/** One screen of the buyer's journey, posted as a plain HTML form. */
export async function POST(request: Request, { params }: Params): Promise<Response> {
  const { subscriptionId } = await params;
  return answerJourneyPost(request, subscriptionId, (journey, form) => submitStep(journey, String(form.get("step") ?? ""), form));
}
