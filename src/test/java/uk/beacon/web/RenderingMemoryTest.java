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

	// 100 MB for PDFs: a document of a million characters needs 62 MB (a large one, over
	// a quarter), so two cannot be made at once
	private final RenderingMemory memory = new RenderingMemory(100 * MEGABYTE, 1024 * MEGABYTE, Duration.ofSeconds(10));

	@Test
	void aDocumentNeedsItsSizeAndAtMostTheWholeBudget() {
		assertThat(this.memory.share(1_000)).isEqualTo(1);
		assertThat(this.memory.share(1_000_000)).isEqualTo(62);
		assertThat(this.memory.share(10_000_000)).isEqualTo(100);
	}

	@Test
	void aSecondLargeDocumentWaitsUntilTheFirstIsWritten() throws Exception {
		RenderingMemory.Share first = this.memory.admit(1_000_000);
		CompletableFuture<RenderingMemory.Share> second = askingLater(1_000_000);

		assertThat(waitFor(second, 300)).isNull();
		first.close();
		admittedThenGivenBack(second);
	}

	@Test
	void smallDocumentsGoAheadBesideALargeOneAndAheadOfALargeOneWaiting() throws Exception {
		try (RenderingMemory.Share large = this.memory.admit(1_000_000)) {
			CompletableFuture<RenderingMemory.Share> anotherLarge = askingLater(1_000_000);
			assertThat(waitFor(anotherLarge, 300)).isNull();

			// a scorecard's PDF (13 MB) is not held up behind the large one waiting
			CompletableFuture<RenderingMemory.Share> scorecard = askingLater(200_000);
			admittedThenGivenBack(scorecard);

			large.close();
			admittedThenGivenBack(anotherLarge);
		}
	}

	@Test
	void oneLargerThanTheBudgetIsMadeAlone() throws Exception {
		try (RenderingMemory.Share whole = this.memory.admit(10_000_000)) {
			CompletableFuture<RenderingMemory.Share> scorecard = askingLater(200_000);
			assertThat(waitFor(scorecard, 300)).isNull();
			whole.close();
			admittedThenGivenBack(scorecard);
		}
	}

	@Test
	void oneTooLargeForTheWholeHeapIsRefusedAtOnceSayingWhy() {
		// the large report (10 million characters, 610 MB) in a 512 MB heap: it ran out
		// of memory half way; in 768 MB it was made
		RenderingMemory small = new RenderingMemory(256 * MEGABYTE, 512 * MEGABYTE, Duration.ofMinutes(2));
		assertThatThrownBy(() -> small.admit(10_000_000)).isInstanceOf(ResponseStatusException.class)
			.hasMessageContaining("503")
			.hasMessageContaining("too large to make as a PDF on this server")
			.hasMessageContaining("needs about 610 MB")
			.hasMessageContaining("Beacon has 512 MB");
		RenderingMemory larger = new RenderingMemory(384 * MEGABYTE, 768 * MEGABYTE, Duration.ofMinutes(2));
		try (RenderingMemory.Share share = larger.admit(10_000_000)) {
			assertThat(share).isNotNull();
		}
	}

	@Test
	void aShareClosedTwiceIsGivenBackOnce() {
		RenderingMemory impatient = new RenderingMemory(100 * MEGABYTE, 1024 * MEGABYTE, Duration.ofMillis(100));
		RenderingMemory.Share share = impatient.admit(1_000_000);
		share.close();
		share.close();
		try (RenderingMemory.Share large = impatient.admit(10_000_000)) {
			// had the 62 MB been given back twice, there would be room for more
			assertThatThrownBy(() -> impatient.admit(1_000)).isInstanceOf(ResponseStatusException.class);
		}
	}

	@Test
	void oneThatWaitsTooLongIsRefusedWithAReason() {
		RenderingMemory impatient = new RenderingMemory(100 * MEGABYTE, 1024 * MEGABYTE, Duration.ofMillis(100));
		try (RenderingMemory.Share large = impatient.admit(10_000_000)) {
			assertThatThrownBy(() -> impatient.admit(10_000_000)).isInstanceOf(ResponseStatusException.class)
				.hasMessageContaining("503")
				.hasMessageContaining("try again");
		}
		// and what it did not get is not lost: the memory and the large ones' turn are
		// free again
		try (RenderingMemory.Share large = impatient.admit(1_000_000);
				RenderingMemory.Share beside = impatient.admit(100_000)) {
			assertThat(large).isNotNull();
			assertThat(beside).isNotNull();
		}
	}

	private CompletableFuture<RenderingMemory.Share> askingLater(int characters) {
		return CompletableFuture.supplyAsync(() -> this.memory.admit(characters));
	}

	/** Waits for {@code waiting} to be admitted, and gives its memory back. */
	private static void admittedThenGivenBack(CompletableFuture<RenderingMemory.Share> waiting) throws Exception {
		RenderingMemory.Share admitted = waitFor(waiting, 5_000);
		assertThat(admitted).isNotNull();
		admitted.close();
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
