package uk.beacon.indicator;

/**
 * Something another module relates to an indicator or a scorecard section, such as a risk
 * that threatens it, described for a page.
 *
 * @param heading the group it is shown under, e.g. "Risks that threaten this indicator"
 * @param label what it is, e.g. "CR4: Increase in demand…"
 * @param href where it is
 * @param note why they are related
 */
public record RelatedItem(String heading, String label, String href, String note) {

}
