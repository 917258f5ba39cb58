package uk.beacon.identity.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInRateLimitTest {

	@Test
	void admitsTheLimitInAMinuteFromOneAddressThenSaysHowLongToWait() {
		MutableClock clock = new MutableClock();
		SignInRateLimit limit = new SignInRateLimit(clock, 3);

		assertThat(limit.admit("10.0.0.1")).isZero();
		clock.advance(10_000);
		assertThat(limit.admit("10.0.0.1")).isZero();
		assertThat(limit.admit("10.0.0.1")).isZero();
		assertThat(limit.admit("10.0.0.1")).isEqualTo(50);
		assertThat(limit.admit("10.0.0.2")).as("another address").isZero();

		clock.advance(50_000);
		assertThat(limit.admit("10.0.0.1")).isZero();
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
