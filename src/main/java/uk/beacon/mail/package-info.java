/**
 * What Beacon's e-mails share: why the mail server would not take one, in plain words.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail", allowedDependencies = {})
package uk.beacon.mail;
