import { lazy, Suspense } from "react";
import { Route, Routes } from "react-router";
import { LoadingNotice } from "./layout/loading-notice.tsx";
import { LandingPage } from "./pages/landing-page.tsx";

// Only the landing page is in the first download; every other screen is fetched when opened.
const LoginPage = lazy(() => import("./pages/login-page.tsx").then((m) => ({ default: m.LoginPage })));
const NotFoundPage = lazy(() => import("./pages/not-found-page.tsx").then((m) => ({ default: m.NotFoundPage })));

/** The screens by address. */
export function AppRoutes() {
  return (
    <Suspense fallback={<LoadingNotice />}>
      <Routes>
        <Route index element={<LandingPage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}
