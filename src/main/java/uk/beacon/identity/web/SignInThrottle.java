package uk.beacon.identity.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * How many password attempts a client may make, and how soon, whether they come from the
 * sign-in form or HTTP Basic. Two limits, both for a client (an address, see
 * {@code ClientAddress}), never for an account as a whole, so that nobody can use them to
 * keep someone else out:
 * <ul>
 * <li>at most {@code failuresPerMinute} attempts that fail in a minute, whatever the
 * accounts (guessing one password for many accounts);</li>
 * <li>for one username, after {@code attemptsBeforeDelay} failures in a row, a wait
 * before the next attempt that doubles with each failure, from a second up to
 * {@code longestDelay}; a success ends it. Until the first failures it allows that many
 * attempts at once, after them one at a time.</li>
 * </ul>
 * Attempts under way count as failures until they end, so a burst sent at once is held to
 * the same limits. A username counts the same whether or not there is such an account.
 * Kept in memory, for one instance: the lock-out in the database is what holds across
 * instances.
 */
final class SignInThrottle {

	private static final long MINUTE = 60_000;

	/** Beyond this many clients and usernames, the longest quiet are forgotten. */
	private static final int REMEMBERED = 100_000;

	private final Clock clock;

	private final int failuresPerMinute;

	private final int attemptsBeforeDelay;

	private final long longestDelay;

	private final Map<String, FromClient> clients = new HashMap<>();

	private final Map<Attempted, ForAccount> accounts = new HashMap<>();

	SignInThrottle(Clock clock, int failuresPerMinute, int attemptsBeforeDelay, Duration longestDelay) {
		this.clock = clock;
		this.failuresPerMinute = failuresPerMinute;
		this.attemptsBeforeDelay = Math.max(1, attemptsBeforeDelay);
		this.longestDelay = longestDelay.toMillis();
	}

	/**
	 * Starts an attempt to sign in as {@code username} from {@code client}.
	 * @return 0 when it may go ahead (and must then be {@link #end ended}), else how many
	 * seconds to wait
	 */
	synchronized long start(String client, String username) {
		long now = this.clock.millis();
		FromClient from = this.clients.computeIfAbsent(client, c -> new FromClient());
		from.forgetBefore(now - MINUTE);
		if (from.failures.size() + from.underWay >= this.failuresPerMinute) {
			return from.failures.isEmpty() ? 1 : secondsUntil(from.failures.peekFirst() + MINUTE, now);
		}
		ForAccount account = this.accounts.computeIfAbsent(new Attempted(client, username), a -> new ForAccount());
		if (now < account.notBefore) {
			return secondsUntil(account.notBefore, now);
		}
		if (account.underWay >= Math.max(1, this.attemptsBeforeDelay - account.failures)) {
			return 1;
		}
		from.underWay++;
		account.underWay++;
		account.lastSeen = now;
		return 0;
	}

	/** Ends an attempt that {@link #start} let go ahead. */
	synchronized void end(String client, String username, boolean succeeded) {
		long now = this.clock.millis();
		FromClient from = this.clients.get(client);
		ForAccount account = this.accounts.get(new Attempted(client, username));
		if (from != null) {
			from.underWay = Math.max(0, from.underWay - 1);
			if (!succeeded) {
				from.failures.addLast(now);
			}
			else if (from.underWay == 0 && from.failures.isEmpty()) {
				this.clients.remove(client);
			}
		}
		if (account != null) {
			account.underWay = Math.max(0, account.underWay - 1);
			account.lastSeen = now;
			if (succeeded) {
				account.failures = 0;
				account.notBefore = 0;
				if (account.underWay == 0) {
					this.accounts.remove(new Attempted(client, username));
				}
			}
			else {
				account.failures++;
				account.notBefore = now + delayAfter(account.failures);
			}
		}
		if (this.clients.size() + this.accounts.size() > REMEMBERED) {
			forgetQuiet(now);
		}
	}

	/**
	 * How long a client that presented a token Beacon refused must wait before it is told
	 * why: as long as its failures in the last minute, passwords and tokens together, are
	 * at the limit. A token is 256 random bits, so there is no account to slow guessing
	 * for; a token that is good is never held back, however many calls its client makes
	 * at once or gets wrong.
	 * @return 0 when it may go ahead, else how many seconds to wait
	 */
	synchronized long tokenWait(String client) {
		FromClient from = this.clients.get(client);
		if (from == null) {
			return 0;
		}
		long now = this.clock.millis();
		from.forgetBefore(now - MINUTE);
		if (from.failures.size() + from.underWay >= this.failuresPerMinute) {
			return from.failures.isEmpty() ? 1 : secondsUntil(from.failures.peekFirst() + MINUTE, now);
		}
		return 0;
	}

	/** Counts a token refused (unknown, revoked or expired) against the client. */
	synchronized void tokenRefused(String client) {
		long now = this.clock.millis();
		this.clients.computeIfAbsent(client, c -> new FromClient()).failures.addLast(now);
		if (this.clients.size() + this.accounts.size() > REMEMBERED) {
			forgetQuiet(now);
		}
	}

	/** How long to wait after this many failures in a row. */
	long delayAfter(int failures) {
		if (failures < this.attemptsBeforeDelay) {
			return 0;
		}
		int doublings = failures - this.attemptsBeforeDelay;
		return (doublings >= 30) ? this.longestDelay : Math.min(1000L << doublings, this.longestDelay);
	}

	/**
	 * Forgets what no longer limits anything: clients with no failure in the last minute,
	 * usernames quiet for a day. If still too many (an attack from very many addresses),
	 * forgets usernames whose wait is over, which lets them start again: the lock-out in
	 * the database still holds.
	 */
	private void forgetQuiet(long now) {
		this.clients.entrySet().removeIf(e -> {
			e.getValue().forgetBefore(now - MINUTE);
			return e.getValue().underWay == 0 && e.getValue().failures.isEmpty();
		});
		this.accounts.values().removeIf(a -> a.underWay == 0 && a.lastSeen < now - Duration.ofDays(1).toMillis());
		if (this.clients.size() + this.accounts.size() > REMEMBERED) {
			this.accounts.values().removeIf(a -> a.underWay == 0 && a.notBefore <= now);
		}
	}

	private static long secondsUntil(long when, long now) {
		return Math.max(1, (when - now + 999) / 1000);
	}

	private record Attempted(String client, String username) {
	}

	private static final class FromClient {

		private final Deque<Long> failures = new ArrayDeque<>();

		private int underWay;

		void forgetBefore(long time) {
			while (!this.failures.isEmpty() && this.failures.peekFirst() <= time) {
				this.failures.pollFirst();
			}
		}

	}

	private static final class ForAccount {

		private int failures;

		private long notBefore;

		private int underWay;

		private long lastSeen;

	}

}
