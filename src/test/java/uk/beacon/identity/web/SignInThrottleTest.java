package uk.beacon.identity.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

	private final MutableClock clock = new MutableClock();

	private final SignInThrottle throttle = new SignInThrottle(this.clock, 10, 3, Duration.ofMinutes(15));

	@Test
	void afterThreeFailuresTheWaitDoublesWithEachOneUpToTheLongest() {
		for (int i = 0; i < 3; i++) {
			fail("10.0.0.1", "jsmith");
		}
		assertThat(this.throttle.start("10.0.0.1", "jsmith")).isEqualTo(1);
		this.clock.advance(1_000);
		fail("10.0.0.1", "jsmith");
		assertThat(this.throttle.start("10.0.0.1", "jsmith")).isEqualTo(2);

		assertThat(this.throttle.delayAfter(2)).isZero();
		assertThat(this.throttle.delayAfter(3)).isEqualTo(1_000);
		assertThat(this.throttle.delayAfter(4)).isEqualTo(2_000);
		assertThat(this.throttle.delayAfter(12)).isEqualTo(512_000);
		assertThat(this.throttle.delayAfter(13)).isEqualTo(900_000);
		assertThat(this.throttle.delayAfter(1_000)).isEqualTo(900_000);
	}

	@Test
	void aSuccessEndsTheWait() {
		for (int i = 0; i < 3; i++) {
			fail("10.0.0.1", "jsmith");
		}
		this.clock.advance(1_000);
		assertThat(this.throttle.start("10.0.0.1", "jsmith")).isZero();
		this.throttle.end("10.0.0.1", "jsmith", true);

		for (int i = 0; i < 3; i++) {
			fail("10.0.0.1", "jsmith");
		}
	}

	@Test
	void oneClientsFailuresNeverKeepAnotherClientWaiting() {
		for (int i = 0; i < 8; i++) {
			this.clock.advance(this.throttle.delayAfter(i));
			fail("203.0.113.9", "admin");
		}
		assertThat(this.throttle.start("203.0.113.9", "admin")).isPositive();
		assertThat(this.throttle.start("192.0.2.10", "admin")).isZero();
	}

	@Test
	void attemptsSentAtOnceAreHeldToTheSameLimits() {
		assertThat(this.throttle.start("10.0.0.1", "jsmith")).isZero();
		assertThat(this.throttle.start("10.0.0.1", "jsmith")).isZero();
		assertThat(this.throttle.start("10.0.0.1", "jsmith")).isZero();
		assertThat(this.throttle.start("10.0.0.1", "jsmith")).as("a fourth before any has ended").isEqualTo(1);
		this.throttle.end("10.0.0.1", "jsmith", false);
		this.throttle.end("10.0.0.1", "jsmith", false);
		this.throttle.end("10.0.0.1", "jsmith", false);
		this.clock.advance(1_000);
		// once they have failed, one at a time
		assertThat(this.throttle.start("10.0.0.1", "jsmith")).isZero();
		assertThat(this.throttle.start("10.0.0.1", "jsmith")).isEqualTo(1);
	}

	@Test
	void tenFailuresAMinuteFromOneAddressWhateverTheUsernames() {
		for (int i = 0; i < 10; i++) {
			fail("10.0.0.1", "person" + i);
			this.clock.advance(1_000);
		}
		assertThat(this.throttle.start("10.0.0.1", "someone")).isEqualTo(50);
		assertThat(this.throttle.start("10.0.0.2", "someone")).as("another address").isZero();
		this.clock.advance(50_000);
		assertThat(this.throttle.start("10.0.0.1", "someone")).isZero();
	}

	@Test
	void successesDoNotCountTowardsTheMinute() {
		for (int i = 0; i < 50; i++) {
			assertThat(this.throttle.start("10.0.0.1", "script")).isZero();
			this.throttle.end("10.0.0.1", "script", true);
		}
	}

	private void fail(String client, String username) {
		assertThat(this.throttle.start(client, username)).isZero();
		this.throttle.end(client, username, false);
	}

	private static final class MutableClock extends Clock {

		private long millis = 1_000_000;

		void advance(long by) {
			this.millis += by;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return Instant.ofEpochMilli(this.millis);
		}

	}

}
