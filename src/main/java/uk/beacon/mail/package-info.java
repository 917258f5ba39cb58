/**
 * What Beacon's e-mails share: why the mail server would not take one, in plain words,
 * and a count of those sent and those that failed, for the council's monitoring.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail", allowedDependencies = {})
package uk.beacon.mail;
