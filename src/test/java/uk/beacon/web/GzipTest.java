package uk.beacon.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page compressed in pieces (its content once, its header and footer for each request)
 * reads back as the whole page with any gzip reader.
 */
class GzipTest {

	@Test
	void piecesJoinIntoOneStreamThatReadsBackAsTheWhole() throws IOException {
		Random random = new Random(7);
		// empty, small, and larger than the compressor's buffer; text and noise
		int[] sizes = { 0, 1, 100, 16 * 1024, 16 * 1024 + 1, 300_000 };
		for (int before : sizes) {
			for (int content : sizes) {
				byte[] head = text(random, before);
				byte[] middle = (content % 2 == 0) ? text(random, content) : noise(random, content);
				byte[] tail = text(random, before / 2);
				byte[] page = Gzip.page(head, middle, Gzip.piece(middle), tail);
				assertThat(gunzip(page)).isEqualTo(concat(head, middle, tail));
			}
		}
		byte[] json = text(random, 50_000);
		assertThat(gunzip(Gzip.whole(json))).isEqualTo(json);
	}

	@Test
	void gzipIsSentOnlyToThoseWhoAcceptIt() {
		assertThat(Gzip.accepted(request("gzip, deflate, br, zstd"))).isTrue();
		assertThat(Gzip.accepted(request("br;q=1.0, GZIP;q=0.5"))).isTrue();
		assertThat(Gzip.accepted(request("gzip;q=0"))).isFalse();
		assertThat(Gzip.accepted(request("deflate, br"))).isFalse();
		assertThat(Gzip.accepted(request(null))).isFalse();
	}

	private static MockHttpServletRequest request(String acceptEncoding) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		if (acceptEncoding != null) {
			request.addHeader("Accept-Encoding", acceptEncoding);
		}
		return request;
	}

	private static byte[] gunzip(byte[] data) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
			return in.readAllBytes();
		}
	}

	private static byte[] text(Random random, int size) {
		String[] words = { "<tr class=\"govuk-table__row\">", "Looked-after children per 10,000", "92%", "–",
				"improving", "</td>" };
		StringBuilder text = new StringBuilder();
		while (text.length() < size) {
			text.append(words[random.nextInt(words.length)]).append(' ');
		}
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		return java.util.Arrays.copyOf(bytes, size);
	}

	private static byte[] noise(Random random, int size) {
		byte[] bytes = new byte[size];
		random.nextBytes(bytes);
		return bytes;
	}

	private static byte[] concat(byte[]... parts) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
