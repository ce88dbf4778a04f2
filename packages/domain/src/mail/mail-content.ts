/** A rendered mail: the subject and both bodies. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}
