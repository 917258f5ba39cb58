package uk.beacon.web;

import java.io.ByteArrayOutputStream;
import java.util.Collections;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Kept pages sent compressed to browsers that accept it, without compressing a megabyte
 * for every request: the kept content is compressed once, as a run of DEFLATE blocks that
 * ends on a byte boundary, and only the page's header and footer, a few kilobytes, are
 * compressed for each request. The pieces join into one DEFLATE stream (RFC 1951: a
 * stream is a sequence of blocks, and a block may refer back only to what came before it
 * in the same piece), wrapped as gzip (RFC 1952).
 */
final class Gzip {

	private static final byte[] HEADER = { 0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff };

	private Gzip() {
	}

	/** Whether the request accepts gzip ({@code Accept-Encoding}, RFC 9110). */
	static boolean accepted(HttpServletRequest request) {
		for (String header : Collections.list(request.getHeaders("Accept-Encoding"))) {
			for (String coding : header.split(",")) {
				String[] parts = coding.trim().split(";");
				if (parts[0].trim().equalsIgnoreCase("gzip") && !refused(parts)) {
					return true;
				}
			}
		}
		return false;
	}

	// gzip;q=0 refuses it
	private static boolean refused(String[] parts) {
		for (int i = 1; i < parts.length; i++) {
			String parameter = parts[i].trim();
			if (parameter.startsWith("q=")) {
				try {
					return Double.parseDouble(parameter.substring(2)) == 0;
				}
				catch (NumberFormatException ex) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * @return the data as DEFLATE blocks, none of them final, ending on a byte boundary:
	 * a piece to go in the middle of a stream
	 */
	static byte[] piece(byte[] data) {
		return deflate(data, Deflater.DEFAULT_COMPRESSION, false);
	}

	/**
	 * A page as one gzip member, its header and footer compressed here.
	 * @param before the header, as UTF-8
	 * @param content the kept content, as UTF-8
	 * @param contentPiece the content as made by {@link #piece(byte[])}
	 * @param after the footer, as UTF-8
	 * @return the page, compressed
	 */
	static byte[] page(byte[] before, byte[] content, byte[] contentPiece, byte[] after) {
		byte[] head = deflate(before, Deflater.BEST_SPEED, false);
		byte[] tail = deflate(after, Deflater.BEST_SPEED, true);
		CRC32 crc = new CRC32();
		crc.update(before);
		crc.update(content);
		crc.update(after);
		long size = (long) before.length + content.length + after.length;
		ByteArrayOutputStream out = new ByteArrayOutputStream(
				HEADER.length + head.length + contentPiece.length + tail.length + 8);
		out.writeBytes(HEADER);
		out.writeBytes(head);
		out.writeBytes(contentPiece);
		out.writeBytes(tail);
		writeIntLittleEndian(out, crc.getValue());
		writeIntLittleEndian(out, size);
		return out.toByteArray();
	}

	/**
	 * @return the data as one gzip member
	 */
	static byte[] whole(byte[] data) {
		return page(new byte[0], data, piece(data), new byte[0]);
	}

	private static byte[] deflate(byte[] data, int level, boolean last) {
		Deflater deflater = new Deflater(level, true);
		try {
			deflater.setInput(data);
			if (last) {
				deflater.finish();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 4));
			byte[] buffer = new byte[16 * 1024];
			while (true) {
				int written = deflater.deflate(buffer, 0, buffer.length,
						last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
				out.write(buffer, 0, written);
				if (last ? deflater.finished() : written < buffer.length) {
					return out.toByteArray();
				}
			}
		}
		finally {
			deflater.end();
		}
	}

	private static void writeIntLittleEndian(ByteArrayOutputStream out, long value) {
		for (int i = 0; i < 4; i++) {
			out.write((int) (value >>> (8 * i)) & 0xff);
		}
	}

}
