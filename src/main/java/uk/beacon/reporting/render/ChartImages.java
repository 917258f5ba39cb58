package uk.beacon.reporting.render;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;

import org.springframework.stereotype.Component;

/**
 * Turns a report's SVG chart into a PNG for Word, which needs a picture: the same drawing
 * as on the page and in the PDF. A chart already turned is kept, since a published
 * report's charts never change.
 */
@Component
public class ChartImages {

	/** Pixels per SVG unit: sharp enough to print at the width of a page. */
	private static final float SCALE = 1.5f;

	private static final int KEPT = 500;

	private final Map<String, byte[]> kept = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
			return size() > KEPT;
		}

	});

	public byte[] png(String svg, int width) {
		byte[] png = this.kept.get(svg);
		if (png == null) {
			png = transcode(svg, width);
			this.kept.put(svg, png);
		}
		return png;
	}

	/**
	 * Forgets every picture kept, so the next of each is drawn afresh (the report
	 * benchmark measures both).
	 */
	public void forget() {
		this.kept.clear();
	}

	// Batik draws; the JDK's PNG writer encodes, several times faster than Batik's own
	private static byte[] transcode(String svg, int width) {
		Drawing drawing = new Drawing();
		drawing.addTranscodingHint(ImageTranscoder.KEY_WIDTH, width * SCALE);
		drawing.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			drawing.transcode(new TranscoderInput(new StringReader(svg)), null);
			ImageIO.write(drawing.image, "png", out);
		}
		catch (TranscoderException | java.io.IOException ex) {
			throw new IllegalStateException("The chart could not be drawn as a picture", ex);
		}
		return out.toByteArray();
	}

	/** Keeps the drawn image rather than writing it. */
	private static final class Drawing extends ImageTranscoder {

		private java.awt.image.BufferedImage image;

		@Override
		public java.awt.image.BufferedImage createImage(int width, int height) {
			return new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
		}

		@Override
		public void writeImage(java.awt.image.BufferedImage drawn, TranscoderOutput output) {
			this.image = drawn;
		}

	}

}
