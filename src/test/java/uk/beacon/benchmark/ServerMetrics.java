package uk.beacon.benchmark;

import java.io.IOException;
import java.net.http.HttpResponse;

/**
 * What the server counted, read from its Prometheus endpoint
 * ({@code /actuator/prometheus}) before and after a run: requests and their server time,
 * the time requests held a database connection, and how often kept pages and cached
 * evaluations were found.
 *
 * @param requests HTTP requests the server answered ({@code http_server_requests})
 * @param serverSeconds the server's time on them
 * @param connectionSeconds the time connections were held from the pool
 * ({@code hikaricp_connections_usage_seconds}): the database's time for each query and
 * the transactions around them, with the Java work done while holding one
 * @param pageHits kept pages and API answers served as kept
 * @param pageMisses kept pages and API answers worked out
 * @param evaluationHits indicator-quarters found evaluated
 * @param evaluationMisses indicator-quarters evaluated
 */
record ServerMetrics(double requests, double serverSeconds, double connectionSeconds, double pageHits,
		double pageMisses, double evaluationHits, double evaluationMisses) {

	static ServerMetrics read(Session session) throws IOException, InterruptedException {
		HttpResponse<String> answer = session.getText("/actuator/prometheus", "text/plain");
		if (answer.statusCode() != 200) {
			throw new IllegalStateException("/actuator/prometheus answered " + answer.statusCode());
		}
		String text = answer.body();
		return new ServerMetrics(sum(text, "http_server_requests_seconds_count", ""),
				sum(text, "http_server_requests_seconds_sum", ""),
				sum(text, "hikaricp_connections_usage_seconds_sum", ""),
				sum(text, "cache_gets_total", "cache=\"rendered-pages\"", "result=\"hit\""),
				sum(text, "cache_gets_total", "cache=\"rendered-pages\"", "result=\"miss\""),
				sum(text, "beacon_evaluations_total", "result=\"hit\""),
				sum(text, "beacon_evaluations_total", "result=\"miss\""));
	}

	ServerMetrics since(ServerMetrics before) {
		return new ServerMetrics(this.requests - before.requests, this.serverSeconds - before.serverSeconds,
				this.connectionSeconds - before.connectionSeconds, this.pageHits - before.pageHits,
				this.pageMisses - before.pageMisses, this.evaluationHits - before.evaluationHits,
				this.evaluationMisses - before.evaluationMisses);
	}

	// the sum of the metric's samples whose labels include each given
	private static double sum(String text, String metric, String... labels) {
		double total = 0;
		for (String line : text.split("\n")) {
			if (!line.startsWith(metric + "{") && !line.startsWith(metric + " ")) {
				continue;
			}
			boolean all = true;
			for (String label : labels) {
				all &= line.contains(label);
			}
			if (all) {
				total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
			}
		}
		return total;
	}

}
