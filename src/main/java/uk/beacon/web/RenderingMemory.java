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
 * rather than piling up. One that would need more than nine tenths of the whole heap is
 * refused at once, saying so, rather than running the server out of memory half way (the
 * large report in a 512 MB heap: it ran out at 512 MB and was made at 768 MB).
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

	private final long heap;

	/**
	 * @param bytes the memory PDFs being made may hold together
	 * @param heap the most memory the server may have, of which a PDF may need at most
	 * nine tenths
	 * @param patience how long a PDF waits for its share before it is refused
	 */
	RenderingMemory(long bytes, long heap, Duration patience) {
		this.budget = (int) Math.max(4, bytes / MEGABYTE);
		this.free = new Semaphore(this.budget);
		this.heap = heap;
		this.patience = patience;
	}

	/** Half the heap the server may grow to, the rest being its own. */
	static RenderingMemory ofThisServer() {
		long heap = Runtime.getRuntime().maxMemory();
		return new RenderingMemory(heap / 2, heap, Duration.ofMinutes(2));
	}

	/**
	 * Waits until a document of this many characters may be rendered.
	 * @return the share, to be closed once the PDF is written
	 * @throws ResponseStatusException 503 when it has waited longer than the patience, or
	 * at once when it would need more than nine tenths of the heap
	 */
	Share admit(long characters) {
		long needed = needed(characters);
		if (needed > this.heap / 10 * 9) {
			throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, String.format(java.util.Locale.UK,
					"This document is too large to make as a PDF on this server: it needs about %,d MB of memory"
							+ " and Beacon has %,d MB. Ask whoever runs Beacon to give it more (its operations guide"
							+ " says how); the other formats can be downloaded meanwhile.",
					needed / MEGABYTE, this.heap / MEGABYTE));
		}
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
		return (int) Math.min(needed(characters) / MEGABYTE + 1, this.budget);
	}

	/** In bytes: what making the PDF of a document of this many characters holds. */
	private static long needed(long characters) {
		return characters * BYTES_PER_CHARACTER;
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
