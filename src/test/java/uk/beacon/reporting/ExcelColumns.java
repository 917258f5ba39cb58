package uk.beacon.reporting;

/**
 * Where each heading of the workbook's scorecard sheet is, so that tests read columns by
 * name.
 */
final class ExcelColumns {

	private ExcelColumns() {
	}

	static int index(String heading) {
		int index = uk.beacon.reporting.render.ExcelReports.SCORECARD_HEADERS.indexOf(heading);
		if (index < 0) {
			throw new AssertionError("no column headed " + heading);
		}
		return index;
	}

}
