/** Runs once when the server starts (Node runtime only: the start-up work needs Node APIs). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { onServerStart } = await import("./server/startup");
    await onServerStart();
  }
}
