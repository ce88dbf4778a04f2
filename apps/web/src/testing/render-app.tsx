import type { GraphQLClient } from "@cws/client";
import { render } from "@testing-library/react";
import { StrictMode } from "react";
import { MemoryRouter } from "react-router";
import { App } from "../app.tsx";

/** Renders the whole app at an address, talking to the given client, in StrictMode as main.tsx does. */
export function renderApp(client: GraphQLClient, path = "/") {
  return render(
    <StrictMode>
      <MemoryRouter initialEntries={[path]}>
        <App client={client} />
      </MemoryRouter>
    </StrictMode>,
  );
}
