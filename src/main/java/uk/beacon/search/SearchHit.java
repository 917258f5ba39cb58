package uk.beacon.search;

/**
 * One thing a search found, described for the results page.
 *
 * @param title its title or name
 * @param code its code or reference, {@code null} for a report
 * @param href its page
 * @param detail where it sits and why it was found, in a few words
 */
public record SearchHit(String title, String code, String href, String detail) {

}
