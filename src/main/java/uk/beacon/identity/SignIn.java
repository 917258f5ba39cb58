package uk.beacon.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.beacon.changes.Change;

/**
 * Local sign-in: finds the account, counts failures and remembers where it signed in
 * from. After {@code beacon.security.lockout-attempts} failures in a row the account is
 * locked for {@code beacon.security.lockout-minutes}, or until an administrator unlocks
 * it, but only to clients it has not signed in from successfully in the last
 * {@code beacon.security.known-client-days} ({@link PasswordSignIn} applies the lock): a
 * stranger's guesses cannot lock a person out of the computers they use. The count and
 * the clients are in the database, so they hold across instances.
 */
@Service
class SignIn {

	private static final Logger log = LoggerFactory.getLogger(SignIn.class);

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final int lockoutAttempts;

	private final Duration lockout;

	private final Duration knownFor;

	SignIn(Accounts accounts, ApplicationEventPublisher events, Clock clock,
			@Value("${beacon.security.lockout-attempts:5}") int lockoutAttempts,
			@Value("${beacon.security.lockout-minutes:15}") int lockoutMinutes,
			@Value("${beacon.security.known-client-days:90}") int knownClientDays) {
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
		this.lockoutAttempts = lockoutAttempts;
		this.lockout = Duration.ofMinutes(lockoutMinutes);
		this.knownFor = Duration.ofDays(knownClientDays);
	}

	/** The person with this username, as Spring Security checks them. */
	BeaconUser loadUserByUsername(String username) {
		Account account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return new BeaconUser(account, account.lockedAt(this.clock.instant()));
	}

	/** Whether the person has signed in successfully from this client lately. */
	boolean knows(BeaconUser person, String client) {
		return this.accounts.knowsClient(person.viewer().accountId(), client,
				this.clock.instant().minus(this.knownFor));
	}

	@EventListener
	@Transactional
	public void on(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		if (username == null) {
			return;
		}
		this.accounts.findByUsername(username).ifPresent(account -> {
			Instant until = this.clock.instant().plus(this.lockout);
			int failures = this.accounts.recordFailure(account.id(), this.lockoutAttempts, until);
			if (failures == this.lockoutAttempts) {
				log.warn("Account {} locked to new clients after {} failed sign-ins", account.username(), failures);
				this.events.publishEvent(new Change(CurrentViewer.SYSTEM, "ACCOUNT_LOCKED", "USER", account.username(),
						null, failures + " failed sign-ins in a row; until " + until
								+ " it can be signed in to only from where it has signed in before"));
			}
		});
	}

	@EventListener
	@Transactional
	public void on(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof BeaconPrincipal principal) {
			long id = principal.viewer().accountId();
			this.accounts.recordSuccess(id);
			if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
				Instant now = this.clock.instant();
				this.accounts.rememberClient(id, ClientAddress.of(details.getRemoteAddress()), now,
						now.minus(this.knownFor));
			}
		}
	}

}
