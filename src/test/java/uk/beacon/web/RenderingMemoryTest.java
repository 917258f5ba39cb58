package uk.beacon.web;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenderingMemoryTest {

	private static final long MEGABYTE = 1024 * 1024;

	// 100 MB for PDFs: a document of a million characters needs 62 MB, so two cannot
	// be made at once
	private final RenderingMemory memory = new RenderingMemory(100 * MEGABYTE, Duration.ofSeconds(10));

	@Test
	void aDocumentNeedsItsSizeAndAtMostThreeQuartersOfTheBudget() {
		assertThat(this.memory.share(1_000)).isEqualTo(1);
		assertThat(this.memory.share(1_000_000)).isEqualTo(62);
		assertThat(this.memory.share(10_000_000)).isEqualTo(75);
	}

	@Test
	void aSecondLargeDocumentWaitsUntilTheFirstIsWritten() throws Exception {
		RenderingMemory.Share first = this.memory.admit(1_000_000);
		CompletableFuture<RenderingMemory.Share> second = CompletableFuture
			.supplyAsync(() -> this.memory.admit(1_000_000));

		assertThat(waitFor(second, 300)).isNull();
		first.close();
		RenderingMemory.Share admitted = waitFor(second, 5_000);
		assertThat(admitted).isNotNull();
		admitted.close();
	}

	@Test
	void smallDocumentsGoAheadBesideALargeOne() throws Exception {
		try (RenderingMemory.Share large = this.memory.admit(50_000_000)) {
			CompletableFuture<RenderingMemory.Share> scorecard = CompletableFuture
				.supplyAsync(() -> this.memory.admit(200_000));
			RenderingMemory.Share admitted = waitFor(scorecard, 5_000);
			assertThat(admitted).isNotNull();
			admitted.close();
		}
	}

	@Test
	void oneThatWaitsTooLongIsRefusedWithAReason() {
		RenderingMemory impatient = new RenderingMemory(100 * MEGABYTE, Duration.ofMillis(100));
		try (RenderingMemory.Share large = impatient.admit(10_000_000)) {
			assertThatThrownBy(() -> impatient.admit(10_000_000)).isInstanceOf(ResponseStatusException.class)
				.hasMessageContaining("503")
				.hasMessageContaining("try again");
		}
		// and what it did not get is not lost: the memory is all free again
		try (RenderingMemory.Share again = impatient.admit(10_000_000);
				RenderingMemory.Share beside = impatient.admit(100_000)) {
			assertThat(again).isNotNull();
			assertThat(beside).isNotNull();
		}
	}

	private static RenderingMemory.Share waitFor(CompletableFuture<RenderingMemory.Share> share, long millis)
			throws Exception {
		try {
			return share.get(millis, TimeUnit.MILLISECONDS);
		}
		catch (java.util.concurrent.TimeoutException ex) {
			return null;
		}
	}

}
