package uk.beacon.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The share of the server's memory that PDFs being made may hold together. Making a PDF
 * holds the whole document laid out, and its pages and structure, until the file is
 * written: about 62 bytes for every character of its XHTML at the busiest (measured on
 * the large council's cabinet report: 10 million characters, 620 MB), so two people
 * downloading a large draft report at once could take more than a server with a 1 GB heap
 * has, and fail each other and everyone else's requests with it.
 * <p>
 * Each PDF waits until what it needs is free. A large one (needing more than a quarter of
 * the budget) first waits its turn among the large ones, in the order they came, so that
 * at most one is made at a time and none is passed over; the small ones (a scorecard's, a
 * dashboard's) take what is free beside it. One larger than the whole budget is charged
 * the whole budget: it is made alone, the others waiting until it is written (seconds). A
 * PDF that waits longer than the patience given is refused with a 503 and a reason,
 * rather than piling up.
 */
final class RenderingMemory {

	/** What making a PDF holds at its busiest, per character of its XHTML, rounded up. */
	static final long BYTES_PER_CHARACTER = 64;

	private static final long MEGABYTE = 1024 * 1024;

	// taken by what is free, not in turn: a small PDF is not held up behind a large one
	// waiting for the memory a large one being made still holds
	private final Semaphore free;

	private final Semaphore largeTurn = new Semaphore(1, true);

	private final int budget;

	private final Duration patience;

	/**
	 * @param bytes the memory PDFs being made may hold together
	 * @param patience how long a PDF waits for its share before it is refused
	 */
	RenderingMemory(long bytes, Duration patience) {
		this.budget = (int) Math.max(4, bytes / MEGABYTE);
		this.free = new Semaphore(this.budget);
		this.patience = patience;
	}

	/** Half the heap the server may grow to, the rest being its own. */
	static RenderingMemory ofThisServer() {
		return new RenderingMemory(Runtime.getRuntime().maxMemory() / 2, Duration.ofMinutes(2));
	}

	/**
	 * Waits until a document of this many characters may be rendered.
	 * @return the share, to be closed once the PDF is written
	 * @throws ResponseStatusException 503 when it has waited longer than the patience
	 */
	Share admit(long characters) {
		int megabytes = share(characters);
		long deadline = System.nanoTime() + this.patience.toNanos();
		boolean large = megabytes > this.budget / 4;
		if (large && !waitFor(this.largeTurn, 1, deadline)) {
			throw busy();
		}
		if (!waitFor(this.free, megabytes, deadline)) {
			if (large) {
				this.largeTurn.release();
			}
			throw busy();
		}
		AtomicBoolean given = new AtomicBoolean();
		return () -> {
			if (given.compareAndSet(false, true)) {
				this.free.release(megabytes);
				if (large) {
					this.largeTurn.release();
				}
			}
		};
	}

	/** In megabytes: what the document needs, and at most the whole budget. */
	int share(long characters) {
		long needed = characters * BYTES_PER_CHARACTER / MEGABYTE + 1;
		return (int) Math.min(needed, this.budget);
	}

	private static boolean waitFor(Semaphore semaphore, int permits, long deadline) {
		try {
			return semaphore.tryAcquire(permits, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static ResponseStatusException busy() {
		return new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
				"Beacon is making other large PDFs just now and has no memory to spare for this one;"
						+ " try again in a minute or two.");
	}

	/**
	 * A PDF's share of the memory, given back when closed (once, however often closed).
	 */
	interface Share extends AutoCloseable {

		@Override
		void close();

	}

}
