// The bare baseline: one route handler answering the same JSON shape a lab API answers.
export function GET(): Response {
  return Response.json({ user: { id: 1, displayName: "Bench", role: "user" } });
}
