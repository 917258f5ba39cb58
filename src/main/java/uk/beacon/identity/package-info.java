/**
 * People, their roles over parts of the organisation tree, and signing in: local accounts
 * with Argon2id passwords and lock-out, and OpenID Connect for a council's directory.
 * Depends on organisation and changes; its pages on the shared web layer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
		allowedDependencies = { "access", "organisation", "changes", "web" })
package uk.beacon.identity;
