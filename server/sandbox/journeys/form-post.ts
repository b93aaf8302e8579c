import "server-only";
import { openJourney, type Journey } from "./journey";

/** A 303 to a path on this site or to the merchant: the browser then GETs it (post/redirect/get). */
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}

/**
 * Journey forms are posted by the page the bank served: a browser that says
 * where the form came from must say this site. (The journey token already
 * makes a forged post useless; this refuses it early.)
 */
export function fromThisSite(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  try {
    return new URL(origin).host === (request.headers.get("x-forwarded-host") ?? request.headers.get("host"));
  } catch {
    return false;
  }
}

/** The posted form, or undefined when the body is not a form. */
export async function readForm(request: Request): Promise<FormData | undefined> {
  try {
    return await request.formData();
  } catch {
    return undefined;
  }
}

/**
 * A journey form's post: refused when cross-site, not a form, or without the
 * journey's token; else `answer` handles it and the browser goes where it says.
 */
export async function answerJourneyPost(
  request: Request,
  subscriptionId: string,
  answer: (journey: Journey, form: FormData) => string,
): Promise<Response> {
  if (!fromThisSite(request)) return new Response("Cross-site form post refused", { status: 403 });
  const form = await readForm(request);
  if (!form) return new Response("Expected a form", { status: 400 });
  const journey = openJourney(subscriptionId, String(form.get("t") ?? ""));
  if (!journey) return new Response("Unknown journey", { status: 404 });
  return seeOther(answer(journey, form));
}
