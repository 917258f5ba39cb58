package uk.beacon.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.beacon.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages the load benchmarks drive, as {@code benchmark/common.sh} names them, with
 * the scorecard it looks up, so that the smoke tests ask for exactly those.
 */
final class LoadScript {

	static final Path COMMON = Path.of("benchmark/common.sh");

	private LoadScript() {
	}

	/**
	 * Each page's name and address, with Directorate 1's scorecard found on the server.
	 */
	static Map<String, String> pages(int port) throws IOException {
		String scorecards = Http.get(port, "/api/v1/scorecards").body();
		Matcher id = Pattern.compile("\\{\"id\":(\\d+),\"name\":\"Directorate 1 scorecard\"").matcher(scorecards);
		assertThat(id.find()).as(scorecards).isTrue();
		Matcher pages = Pattern.compile("\"([^\"|]+)\\|(/[^\"]*)\"").matcher(Files.readString(COMMON));
		Map<String, String> found = new LinkedHashMap<>();
		while (pages.find()) {
			found.put(pages.group(1), pages.group(2).replace("$scorecard", id.group(1)));
		}
		assertThat(found).hasSize(9);
		return found;
	}

	static long scorecard(int port) throws IOException {
		String path = pages(port).get("scorecard page");
		return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
	}

}
