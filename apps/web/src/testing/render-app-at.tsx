import type { GraphQLClient } from "@cws/client";
import { render, screen } from "@testing-library/react";
import { StrictMode } from "react";
import { MemoryRouter, useLocation } from "react-router";
import { App } from "../app.tsx";

/** Shows the router's current address to the test, outside what users see. */
function LocationProbe() {
  const { pathname } = useLocation();
  return (
    <output data-testid="location" hidden>
      {pathname}
    </output>
  );
}

/**
 * renderApp, plus `location()`: the address the app is at now. Tests check where a screen
 * sent the customer without depending on what another team's screen at that address shows.
 */
export function renderAppAt(client: GraphQLClient, path: string) {
  const result = render(
    <StrictMode>
      <MemoryRouter initialEntries={[path]}>
        <App client={client} />
        <LocationProbe />
      </MemoryRouter>
    </StrictMode>,
  );
  return { ...result, location: () => screen.getByTestId("location").textContent };
}
