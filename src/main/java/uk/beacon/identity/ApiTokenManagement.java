package uk.beacon.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.beacon.access.Actor;
import uk.beacon.changes.Change;
import uk.beacon.web.TypedText;

/**
 * Personal access tokens for API clients: an administrator issues one to a person and
 * revokes it; an API call that presents it acts as that person, with the roles they hold
 * at the time of the call. The secret is shown once; Beacon keeps its SHA-256 only.
 * Issuing and revoking go to the audit trail; each call's changes are audited as the
 * person's, naming the token.
 */
@Service
public class ApiTokenManagement {

	/**
	 * How every secret begins, so that one pasted somewhere it should not be is found.
	 */
	static final String PREFIX = "beacon_";

	private static final int HINT_LENGTH = PREFIX.length() + 6;

	private static final int LONGEST_NAME = 100;

	private final SecureRandom random = new SecureRandom();

	private final ApiTokens tokens;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApiTokenManagement(ApiTokens tokens, Accounts accounts, ApplicationEventPublisher events, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** A person's tokens, those still working first. */
	public List<ApiToken> tokensOf(long accountId) {
		return this.tokens.findByAccount(accountId);
	}

	/**
	 * Issues a token to a person.
	 * @param name what it is for, so that it can be told apart and revoked
	 * @param expiresOn its last day, or {@code null} for until revoked
	 * @return the token with its secret, to be shown once
	 */
	@Transactional
	public IssuedToken issue(Actor actor, long accountId, String name, LocalDate expiresOn) {
		AccountManagement.requireAdministrator(actor, "issue API tokens");
		Account account = this.accounts.findById(accountId)
			.orElseThrow(() -> new AccountChangeRejected("That person is not in Beacon"));
		if (!account.enabled()) {
			throw new AccountChangeRejected(
					"The account of " + account.displayName() + " is disabled: enable it before issuing a token");
		}
		String purpose = (name == null) ? "" : name.strip();
		if (purpose.isEmpty()) {
			throw new AccountChangeRejected("Enter what the token is for, like \"Power BI refresh\"");
		}
		if (purpose.length() > LONGEST_NAME || TypedText.hasHiddenCharacters(purpose, false)) {
			throw new AccountChangeRejected("Enter what the token is for in at most " + LONGEST_NAME
					+ " characters, on one line, with no hidden characters");
		}
		LocalDate today = LocalDate.now(this.clock);
		if (expiresOn != null && expiresOn.isBefore(today)) {
			throw new AccountChangeRejected("The last day the token works must be today or later");
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		String hint = secret.substring(0, HINT_LENGTH) + "…";
		long id = this.tokens.insert(accountId, purpose, hash(secret), hint, actor.name(), expiresOn);
		this.events.publishEvent(new Change(actor.name(), "API_TOKEN_ISSUED", "USER", account.username(), null,
				describe(purpose, hint, expiresOn)));
		return new IssuedToken(id, secret);
	}

	/** Revokes a token: API calls that present it are refused from now on. */
	@Transactional
	public void revoke(Actor actor, long accountId, long tokenId) {
		AccountManagement.requireAdministrator(actor, "revoke API tokens");
		ApiToken token = this.tokens.findById(tokenId)
			.filter(t -> t.accountId() == accountId)
			.orElseThrow(() -> new AccountChangeRejected("That token is not one of this person's"));
		if (!this.tokens.revoke(tokenId, actor.name())) {
			throw new AccountChangeRejected("That token has already been revoked");
		}
		String username = this.accounts.findById(accountId).map(Account::username).orElse("#" + accountId);
		this.events.publishEvent(new Change(actor.name(), "API_TOKEN_REVOKED", "USER", username,
				describe(token.name(), token.hint(), token.expiresOn()), "revoked"));
	}

	/**
	 * Reads the token an API call presents: the person it acts for, or why it is refused.
	 * Marks the token used (at most once a minute).
	 */
	@Transactional
	public Presented check(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
			return Presented.refused("The token is not one Beacon issued");
		}
		Optional<ApiToken> found = this.tokens.findByHash(hash(secret));
		if (found.isEmpty()) {
			return Presented.refused("The token is not one Beacon issued");
		}
		ApiToken token = found.get();
		if (token.revoked()) {
			return Presented.refused("The token was revoked; ask an administrator for a new one");
		}
		if (token.expiredOn(LocalDate.now(this.clock))) {
			return Presented
				.refused("The token expired after " + token.expiresOn() + "; ask an administrator for a new one");
		}
		Optional<Account> account = this.accounts.findById(token.accountId()).filter(Account::enabled);
		if (account.isEmpty()) {
			return Presented.refused("The account the token belongs to is disabled");
		}
		this.tokens.markUsed(token.id());
		return new Presented(new TokenHolder(Viewer.of(account.get()), token.id(), token.name(), token.createdBy()),
				null);
	}

	private static String describe(String name, String hint, LocalDate expiresOn) {
		return "API token \"" + name + "\" (" + hint + "), "
				+ ((expiresOn != null) ? "works until " + expiresOn : "works until revoked");
	}

	/** A token's SHA-256, which is all Beacon keeps of it. */
	static String hash(String secret) {
		return uk.beacon.access.Fingerprint.of(secret);
	}

	/**
	 * A token just issued.
	 *
	 * @param secret the whole token, shown once and never again
	 */
	public record IssuedToken(long id, String secret) {
	}

	/**
	 * What a presented token gives: the person and token, or why it is refused.
	 */
	public record Presented(TokenHolder holder, String refusal) {

		static Presented refused(String why) {
			return new Presented(null, why);
		}

	}

	/**
	 * An API call's principal when it presents a token: the person, and which token and
	 * who issued it, for the audit trail (an administrator who issued a person's token
	 * could act as them; the trail says so).
	 */
	public record TokenHolder(Viewer viewer, long tokenId, String tokenName,
			String issuedBy) implements BeaconPrincipal {
	}

}
