package uk.beacon.reporting;

/**
 * Something in the data that differs from what a published report printed.
 *
 * @param subject the indicator or risk, such as "WCC-CFC-05 School's judged good or
 * outstanding by Ofsted"
 * @param what what differs, such as "Latest value"
 * @param published what the report printed
 * @param now what the data say now
 */
public record DataChange(String subject, String what, String published, String now) {

}
