import { cancelJourney } from "@/server/sandbox/journeys/journey";
import { answerJourneyPost } from "@/server/sandbox/journeys/form-post";

type Params = { params: Promise<{ subscriptionId: string }> };

/** "Cancel and return to the merchant". */
export async function POST(request: Request, { params }: Params): Promise<Response> {
  const { subscriptionId } = await params;
  return answerJourneyPost(request, subscriptionId, (journey) => cancelJourney(journey));
}
