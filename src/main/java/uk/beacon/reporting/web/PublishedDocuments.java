package uk.beacon.reporting.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import uk.beacon.reporting.Part;
import uk.beacon.reporting.ReportFormat;

/**
 * The documents of published cabinet reports, each kept once made: a published version is
 * frozen, so its PDF (ten seconds of work for a large council's 600 pages) is made once
 * and every later download, by every councillor and resident, gets the same bytes. A
 * document is kept with the line printed above its title, which names the quarter's other
 * versions, so publishing another version makes the earlier one's documents afresh. Ten
 * people asking at once wait for one rendering; a rendering that fails is not kept, and
 * those waiting for it are told of the failure. How often a document is found kept is
 * measured ({@code cache_gets_total} with {@code cache="published-documents"}).
 */
@Component
class PublishedDocuments implements MeterBinder {

	private record Key(long report, Part part, ReportFormat format, String stamp) {
	}

	private final AsyncCache<Key, byte[]> kept;

	PublishedDocuments(@Value("${beacon.published-documents.max-megabytes}") long maxMegabytes) {
		this.kept = Caffeine.newBuilder()
			.maximumWeight(maxMegabytes * 1024 * 1024)
			.weigher((Key key, byte[] document) -> document.length + 64)
			.recordStats()
			.buildAsync();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		CaffeineCacheMetrics.monitor(registry, this.kept.synchronous(), "published-documents");
	}

	/**
	 * The published report's document, as kept or made now by {@code render}.
	 * @param report the published version's identity
	 * @param stamp the line above the title
	 */
	byte[] document(long report, Part part, ReportFormat format, String stamp, Supplier<byte[]> render) {
		Key key = new Key(report, part, format, stamp);
		CompletableFuture<byte[]> found = this.kept.getIfPresent(key);
		if (found == null) {
			// rendered on the asking thread, outside the cache's locks: a large PDF takes
			// seconds, and other documents' first downloads must not wait for it
			CompletableFuture<byte[]> mine = new CompletableFuture<>();
			found = this.kept.asMap().putIfAbsent(key, mine);
			if (found == null) {
				try {
					mine.complete(render.get());
				}
				catch (RuntimeException | Error ex) {
					// not kept: the next download tries again
					this.kept.asMap().remove(key, mine);
					mine.completeExceptionally(ex);
					throw ex;
				}
				return mine.join();
			}
		}
		try {
			return found.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : ex;
		}
	}

}
