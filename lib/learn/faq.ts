/** The questions learners actually ask (the project's source texts end with them), answered on /faq. */
export const FAQ = [
  { id: "difference", question: "What is the difference between session and JWT authentication?" },
  { id: "trade-offs", question: "What are the advantages and disadvantages of each?" },
  { id: "storage", question: "Where should a JWT be kept in the browser, if it must be?" },
  { id: "expiry", question: "How does a JWT expire and get refreshed?" },
  { id: "integrity", question: "How does a JWT ensure the integrity of what it carries?" },
  { id: "validation", question: "How does a server validate a JWT?" },
] as const;
