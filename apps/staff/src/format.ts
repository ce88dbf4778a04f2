/** A time for people: the service's time zone (Japan), whatever the machine's zone is. */
export function local(iso: string | null | undefined): string {
  if (!iso) return "";
  return new Date(iso).toLocaleString("ja-JP", { timeZone: "Asia/Tokyo" });
}
