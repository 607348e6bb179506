/**
 * The facts of the accessibility statement (/accessibility) that the operator keeps true: where
 * feedback goes, and when the statement was made and last reviewed. One place, so the footer of
 * every page and the statement cannot disagree. Replace the address before going live (README).
 */
export const ACCESSIBILITY_STATEMENT = {
  /** Answered within 14 days, as the Act on the Provision of Digital Services (306/2019) requires. */
  feedbackEmail: 'digitoimisto@gov.fi',
  /** ISO dates, shown in the UI language. */
  preparedOn: '2026-12-02',
  updatedOn: '2026-12-02',
  /** The supervisory authority's accessibility site (Lupa- ja valvontavirasto since 1.1.2026). */
  supervisoryAuthorityUrl: 'https://www.saavutettavuusvaatimukset.fi',
} as const;
