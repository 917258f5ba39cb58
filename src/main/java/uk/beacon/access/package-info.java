/**
 * Who is acting and what they may do: the roles people hold over parts of the
 * organisation tree, the person behind a change ({@link uk.beacon.access.Actor}), who is
 * looking at restricted items ({@link uk.beacon.access.Audience}), and the refusals a
 * write service gives. Every module's write service checks its commands here. Pure:
 * depends on nothing else in Beacon.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access", allowedDependencies = {})
package uk.beacon.access;
