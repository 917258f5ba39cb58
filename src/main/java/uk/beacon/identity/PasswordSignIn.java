package uk.beacon.identity;

import java.util.UUID;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password, from the sign-in form or HTTP Basic, and answers every
 * refusal alike: a wrong password, an unknown username, a disabled account and an account
 * locked to the client asking are all "bad credentials", and each costs one check of a
 * password hash, so neither the answer nor its time tells which. An account locked after
 * failed sign-ins ({@link SignIn}) is refused only to clients it has not signed in from
 * lately; from those it has, the right password still works.
 */
@Component
class PasswordSignIn extends DaoAuthenticationProvider {

	private final SignIn signIn;

	private volatile String unusableHash;

	PasswordSignIn(SignIn signIn, PasswordEncoder passwords) {
		super(signIn::loadUserByUsername);
		this.signIn = signIn;
		setPasswordEncoder(passwords);
		// every check of the account comes after the password's (below), so that all
		// refusals take as long
		setPreAuthenticationChecks(user -> {
		});
		setPostAuthenticationChecks(user -> {
		});
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken attempt) {
		String presented = (attempt.getCredentials() != null) ? attempt.getCredentials().toString() : "";
		// an account that signs in only through the directory has no password to match
		String hash = (user.getPassword() != null) ? user.getPassword() : unusableHash();
		boolean matches = getPasswordEncoder().matches(presented, hash);
		BeaconUser person = (BeaconUser) user;
		if (!matches || !person.isEnabled() || (!person.isAccountNonLocked() && !fromAKnownClient(person, attempt))) {
			throw new BadCredentialsException(this.messages
				.getMessage("AbstractUserDetailsAuthenticationProvider.badCredentials", "Bad credentials"));
		}
	}

	private boolean fromAKnownClient(BeaconUser person, UsernamePasswordAuthenticationToken attempt) {
		return attempt.getDetails() instanceof WebAuthenticationDetails details
				&& this.signIn.knows(person, ClientAddress.of(details.getRemoteAddress()));
	}

	private String unusableHash() {
		if (this.unusableHash == null) {
			this.unusableHash = getPasswordEncoder().encode(UUID.randomUUID().toString());
		}
		return this.unusableHash;
	}

}
