import { lazy, Suspense } from "react";
import { Route, Routes } from "react-router";
import { LoadingNotice } from "./layout/loading-notice.tsx";
import { HomeRoute } from "./pages/home/home-route.tsx";
import { LandingPage } from "./pages/landing-page.tsx";

// Only the landing page is in the first download; every other screen is fetched when opened.
const LoginPage = lazy(() =>
  import("./pages/login-page.tsx").then((m) => ({ default: m.LoginPage })),
);
const RenewalPage = lazy(() =>
  import("./pages/renewal/renewal-page.tsx").then((m) => ({ default: m.RenewalPage })),
);
const SettingsPage = lazy(() =>
  import("./pages/settings/settings-page.tsx").then((m) => ({ default: m.SettingsPage })),
);
const MailboxPage = lazy(() =>
  import("./pages/mailbox/mailbox-page.tsx").then((m) => ({ default: m.MailboxPage })),
);
const RegistrationPage = lazy(() =>
  import("./pages/registration/registration-page.tsx").then((m) => ({
    default: m.RegistrationPage,
  })),
);
const LinkPage = lazy(() =>
  import("./pages/link/link-page.tsx").then((m) => ({ default: m.LinkPage })),
);
const ForgotPage = lazy(() =>
  import("./pages/forgot/forgot-page.tsx").then((m) => ({ default: m.ForgotPage })),
);
const ChangePasswordPage = lazy(() =>
  import("./pages/password/change-password-page.tsx").then((m) => ({
    default: m.ChangePasswordPage,
  })),
);
const SiteDocumentPage = lazy(() =>
  import("./pages/site/site-document-page.tsx").then((m) => ({ default: m.SiteDocumentPage })),
);
const GuideIndexPage = lazy(() =>
  import("./pages/site/guide-pages.tsx").then((m) => ({ default: m.GuideIndexPage })),
);
const GuideFlowPage = lazy(() =>
  import("./pages/site/guide-pages.tsx").then((m) => ({ default: m.GuideFlowPage })),
);
const NotFoundPage = lazy(() =>
  import("./pages/not-found-page.tsx").then((m) => ({ default: m.NotFoundPage })),
);

/** The screens by address. */
export function AppRoutes() {
  return (
    <Suspense fallback={<LoadingNotice />}>
      <Routes>
        <Route index element={<LandingPage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="register" element={<RegistrationPage />} />
        <Route path="link" element={<LinkPage />} />
        <Route path="forgot" element={<ForgotPage />} />
        <Route path="password/change" element={<ChangePasswordPage />} />
        {/* The route starts the contracts request beside `me` (issue 13 item 8). */}
        <Route path="home" element={<HomeRoute />} />
        <Route path="renew/:contractId" element={<RenewalPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="mailbox" element={<MailboxPage />} />
        <Route path="privacy" element={<SiteDocumentPage name="privacy" />} />
        <Route path="terms" element={<SiteDocumentPage name="terms" />} />
        <Route path="environment" element={<SiteDocumentPage name="environment" />} />
        <Route path="company" element={<SiteDocumentPage name="company" />} />
        <Route path="guide" element={<GuideIndexPage />} />
        <Route path="guide/:flow" element={<GuideFlowPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}
