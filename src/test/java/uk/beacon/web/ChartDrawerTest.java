package uk.beacon.web;

import java.util.concurrent.atomic.AtomicInteger;

import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer.SVGImage;
import com.openhtmltopdf.render.RenderingContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChartDrawerTest {

	@Test
	void aChartIsLaidOutOnceAndItsDrawingLetGoOfOnceDrawn() {
		AtomicInteger built = new AtomicInteger();
		AtomicInteger drawnBy = new AtomicInteger();
		ChartDrawer.DroppedOnceDrawn chart = new ChartDrawer.DroppedOnceDrawn(() -> {
			int which = built.incrementAndGet();
			return new SVGImage() {
				@Override
				public int getIntrinsicWidth() {
					return 640;
				}

				@Override
				public int getIntrinsicHeight() {
					return 280;
				}

				@Override
				public void drawSVG(OutputDevice output, RenderingContext context, double x, double y) {
					drawnBy.set(which);
				}
			};
		}, (output, context, x, y) -> false);

		// laid out: built once, for its size
		assertThat(built).hasValue(1);
		assertThat(chart.getIntrinsicWidth()).isEqualTo(640);
		assertThat(chart.getIntrinsicHeight()).isEqualTo(280);
		assertThat(chart.hasIntrinsicSize()).isTrue();

		chart.drawSVG(null, null, 0, 0);
		assertThat(drawnBy).hasValue(1);
		assertThat(chart.held()).isFalse();

		// drawn again (on a second page, for a chart taller than a page): built afresh,
		// not lost
		chart.drawSVG(null, null, 0, 0);
		assertThat(built).hasValue(2);
		assertThat(drawnBy).hasValue(2);
		assertThat(chart.getIntrinsicWidth()).isEqualTo(640);
	}

}
