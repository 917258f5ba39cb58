package uk.beacon;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.StringReader;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;

/** An SVG as Batik draws it, to compare a drawing of Beacon's with. */
public final class BatikPictures {

	private BatikPictures() {
	}

	/** {@code svg} drawn {@code width} pixels wide, as tall as its shape, on white. */
	public static BufferedImage of(String svg, float width) {
		BufferedImage[] image = new BufferedImage[1];
		ImageTranscoder transcoder = new ImageTranscoder() {

			@Override
			public BufferedImage createImage(int w, int h) {
				return new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
			}

			@Override
			public void writeImage(BufferedImage drawn, TranscoderOutput output) {
				image[0] = drawn;
			}

		};
		transcoder.addTranscodingHint(ImageTranscoder.KEY_WIDTH, width);
		transcoder.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE);
		try {
			transcoder.transcode(new TranscoderInput(new StringReader(svg)), null);
		}
		catch (TranscoderException ex) {
			throw new AssertionError(ex);
		}
		return image[0];
	}

}
