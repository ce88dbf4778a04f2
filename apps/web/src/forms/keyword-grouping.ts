/**
 * The 10-digit recovery keyword in two groups of five (`12345 67890`), as people note down a
 * phone number; any other keyword (the customer's own, at registration) stays as chosen. The
 * keyword field takes it back with or without the space (the domain's rule removes spaces).
 */
export function groupKeyword(keyword: string): string {
  return /^\d{10}$/.test(keyword) ? `${keyword.slice(0, 5)} ${keyword.slice(5)}` : keyword;
}
