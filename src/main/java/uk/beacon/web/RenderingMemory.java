package uk.beacon.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The share of the server's memory that PDFs being made may hold together. Making a PDF
 * holds the whole document laid out, and its pages and structure, until the file is
 * written: about 62 bytes for every character of its XHTML at the busiest (measured on
 * the large council's cabinet report: 10 million characters, 620 MB), so two people
 * downloading a large draft report at once could take more than a server with a 1 GB heap
 * has, and fail each other and everyone else's requests with it. A PDF waits until its
 * share is free; a document larger than the budget renders with most of it (never beside
 * another as large, while small PDFs such as a scorecard's still go ahead). One that
 * waits longer than the patience given is refused with a 503 and a reason, rather than
 * piling up.
 */
final class RenderingMemory {

	/** What making a PDF holds at its busiest, per character of its XHTML, rounded up. */
	static final long BYTES_PER_CHARACTER = 64;

	private static final long MEGABYTE = 1024 * 1024;

	private final Semaphore free;

	private final int budget;

	private final Duration patience;

	/**
	 * @param bytes the memory PDFs being made may hold together
	 * @param patience how long a PDF waits for its share before it is refused
	 */
	RenderingMemory(long bytes, Duration patience) {
		this.budget = (int) Math.max(4, bytes / MEGABYTE);
		this.free = new Semaphore(this.budget, true);
		this.patience = patience;
	}

	/** Half the heap the server may grow to, the rest being its own. */
	static RenderingMemory ofThisServer() {
		return new RenderingMemory(Runtime.getRuntime().maxMemory() / 2, Duration.ofMinutes(2));
	}

	/**
	 * Waits until a document of this many characters may be rendered.
	 * @return the share, to be closed once the PDF is written
	 */
	Share admit(long characters) {
		int megabytes = share(characters);
		boolean admitted;
		try {
			admitted = this.free.tryAcquire(megabytes, this.patience.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		if (!admitted) {
			throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
					"Beacon is making other large PDFs just now and has no memory to spare for this one;"
							+ " try again in a minute or two.");
		}
		return () -> this.free.release(megabytes);
	}

	/**
	 * In megabytes: what the document needs, and at most three quarters of the budget.
	 */
	int share(long characters) {
		long needed = characters * BYTES_PER_CHARACTER / MEGABYTE + 1;
		return (int) Math.min(needed, this.budget * 3L / 4);
	}

	/** A PDF's share of the memory, given back when closed. */
	interface Share extends AutoCloseable {

		@Override
		void close();

	}

}
