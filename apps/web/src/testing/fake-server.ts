import { createClient, type GraphQLClient } from "@cws/client";
import type { ServiceStatusQuery } from "@cws/client/gql";

/** One HTTP answer of the fake server, as the real one would send it. */
export interface FakeAnswer {
  status?: number;
  body: unknown;
}

/** Fictional branding, different from the server defaults so a test sees it came from the answer. */
export const testBranding: ServiceStatusQuery["branding"] = {
  insurerName: "テスト損害保険",
  agencyName: "テスト保険代理店",
  desk: { name: "インターネットデスク", phone: "0120-111-222", hours: "(月～金) 9:00～17:00" },
  en: {
    insurerName: "Test Insurance",
    agencyName: "Test Agency",
    desk: { name: "Internet Desk", hours: "Mon–Fri 9:00–17:00" },
  },
  timeZone: "Asia/Tokyo",
};

/** The server's default password limits (PASSWORD_MIN_LENGTH unset). */
export const defaultPasswordPolicy: ServiceStatusQuery["passwordPolicy"] = {
  minLength: 8,
  maxLength: 128,
};

/** Open, with the next window on Monday 2026-11-30 02:00 Japan time, and the given password policy. */
export function openAnswerWith(passwordPolicy: ServiceStatusQuery["passwordPolicy"]): FakeAnswer {
  return {
    body: {
      data: {
        serviceStatus: {
          open: true,
          reopensAt: null,
          nextMaintenanceStartsAt: "2026-11-29T17:00:00.000Z",
          nextMaintenanceEndsAt: "2026-11-29T19:00:00.000Z",
          message: null,
        },
        branding: testBranding,
        passwordPolicy,
      } satisfies ServiceStatusQuery,
    },
  };
}

/** Open, with the next window on Monday 2026-11-30 02:00 Japan time and the default password policy. */
export const openAnswer: FakeAnswer = openAnswerWith(defaultPasswordPolicy);

/** Closed, reopening on Monday 2026-11-30 04:00 Japan time. */
export const closedAnswer: FakeAnswer = {
  body: {
    data: {
      serviceStatus: {
        open: false,
        reopensAt: "2026-11-29T19:00:00.000Z",
        nextMaintenanceStartsAt: null,
        nextMaintenanceEndsAt: null,
        message: {
          ja: "ただいまメンテナンス中です。2026年11月30日 4:00に再開します。",
          en: "The service is closed for maintenance and reopens at 2026-11-30 04:00 (Japan time).",
        },
      },
      branding: testBranding,
      passwordPolicy: defaultPasswordPolicy,
    } satisfies ServiceStatusQuery,
  },
};

/** What the server's maintenance plugin answers to any other operation during the window. */
export const maintenanceErrorAnswer: FakeAnswer = {
  status: 503,
  body: {
    errors: [
      {
        message:
          "The service is closed for maintenance and reopens at 2026-11-30 04:00 (Japan time).",
        extensions: {
          code: "SERVICE_IN_MAINTENANCE",
          reopensAt: "2026-11-29T19:00:00.000Z",
          message: {
            ja: "ただいまメンテナンス中です。2026年11月30日 4:00に再開します。",
            en: "The service is closed for maintenance and reopens at 2026-11-30 04:00 (Japan time).",
          },
        },
      },
    ],
  },
};

/** A proxy error page: not GraphQL at all. */
export const brokenAnswer: FakeAnswer = { status: 502, body: "<html>Bad Gateway</html>" };

/**
 * The real generated client talking to a fake `fetch`. Each operation answers from its list
 * in order, repeating the last one; `requests` records the operation names asked for.
 */
export function fakeServer(answers: Record<string, FakeAnswer[]>): {
  client: GraphQLClient;
  requests: string[];
} {
  const requests: string[] = [];
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
    const { query } = JSON.parse(String(init?.body)) as { query: string };
    const name = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? "";
    const list = answers[name] ?? [];
    const answer = list[Math.min(requests.filter((r) => r === name).length, list.length - 1)];
    requests.push(name);
    if (!answer) throw new Error(`the fake server has no answer for ${name}`);
    const body = typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
    return new Response(body, {
      status: answer.status ?? 200,
      headers: { "content-type": "application/json" },
    });
  };
  return { client: createClient({ url: "/graphql", fetch }), requests };
}
