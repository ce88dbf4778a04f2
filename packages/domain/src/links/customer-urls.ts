/** The web app's addresses that mails point to. */
export function customerUrls(publicUrl: string) {
  return {
    login: `${publicUrl}/login`,
    recovery: `${publicUrl}/forgot`,
    // The token travels in the fragment, which browsers never send to servers or proxies' logs.
    link: (token: string) => `${publicUrl}/link#${token}`,
  };
}
