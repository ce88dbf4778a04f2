/** One captured mail, as GET /dev/mailbox sends it (MailboxEntry in @cws/domain/mail/mailbox). */
export interface MailboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  status: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  links: string[];
}

/** The mailbox, or "unavailable" where the route does not exist (production, or real SMTP). */
export type Mailbox = { available: true; messages: MailboxMessage[] } | { available: false };

/**
 * The one place that reads the development mailbox. It is plain JSON over GET, not
 * GraphQL, so it goes through fetch rather than the typed client.
 */
export async function loadMailbox(fetchImpl: typeof fetch = fetch): Promise<Mailbox> {
  const response = await fetchImpl("/dev/mailbox", {
    headers: { accept: "application/json" },
    cache: "no-store",
  });
  if (response.status === 404) return { available: false };
  if (!response.ok) throw new Error(`GET /dev/mailbox answered ${response.status}`);
  const body = (await response.json()) as { messages?: MailboxMessage[] };
  if (!Array.isArray(body.messages))
    throw new Error("GET /dev/mailbox answered without a message list");
  // The server already sends the newest first; sorting again keeps that true whatever the source.
  return {
    available: true,
    messages: [...body.messages].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt)),
  };
}
