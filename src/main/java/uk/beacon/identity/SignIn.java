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
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.beacon.changes.Change;

/**
 * Local sign-in: finds the account and counts failures. After
 * {@code beacon.security.lockout-attempts} failures in a row the account is locked for
 * {@code beacon.security.lockout-minutes}, or until an administrator unlocks it.
 */
@Service
class SignIn implements UserDetailsService {

	private static final Logger log = LoggerFactory.getLogger(SignIn.class);

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final int lockoutAttempts;

	private final Duration lockout;

	SignIn(Accounts accounts, ApplicationEventPublisher events, Clock clock,
			@Value("${beacon.security.lockout-attempts:5}") int lockoutAttempts,
			@Value("${beacon.security.lockout-minutes:15}") int lockoutMinutes) {
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
		this.lockoutAttempts = lockoutAttempts;
		this.lockout = Duration.ofMinutes(lockoutMinutes);
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return new BeaconUser(account, account.lockedAt(this.clock.instant()));
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
				log.warn("Account {} locked after {} failed sign-ins", account.username(), failures);
				this.events.publishEvent(new Change(CurrentViewer.SYSTEM, "ACCOUNT_LOCKED", "USER", account.username(),
						null, failures + " failed sign-ins in a row; locked until " + until));
			}
		});
	}

	@EventListener
	public void on(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof BeaconPrincipal principal) {
			this.accounts.recordSuccess(principal.viewer().accountId());
		}
	}

}
