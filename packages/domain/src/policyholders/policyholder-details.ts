/** Who a policyholder is, as the agency loaded it and the screens show it. */
export interface PolicyholderDetails {
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  /** YYYY-MM-DD. */
  birthDate: string;
}
