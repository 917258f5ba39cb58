package uk.beacon.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import uk.beacon.indicator.Polarity;
import uk.beacon.indicator.Status;
import uk.beacon.indicator.Unit;
import uk.beacon.period.FinancialQuarter;

/**
 * The council reports the demo data are transcribed from (src/test/resources/
 * council-reports, described in its README), and how the demo data name what they print
 * (docs/demo-data.md, "Indicator codes and scorecards").
 */
final class CouncilReports {

	static final String CFC = "worcestershire_cfc_scorecard_q2_2019.csv";

	static final String CABINET = "worcestershire_corporate_q4_2016.csv";

	static final String CABINET_DETAILS = "worcestershire_indicator_details_q4_2016.csv";

	static final String WORCESTERSHIRE_RISKS = "worcestershire_corporate_risks_q4_2016.csv";

	static final String LANCASHIRE = "lancashire_strategy_monitoring_q3_2019.csv";

	static final String LANCASHIRE_RISKS = "lancashire_risk_register_q3_2019.csv";

	static final String LANCASHIRE_KEY = "lancashire_risk_matrix.csv";

	/** The measures on both Worcestershire scorecards: one code, one history. */
	private static final Map<Integer, String> CFC_SHARED = Map.of(2, "WCC-CPP", 10, "WCC-LAC", 22, "WCC-ATT8");

	private static final Map<Integer, String> CABINET_SHARED = Map.of(8, "WCC-ATT8", 22, "WCC-CPP", 23, "WCC-LAC");

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

	private CouncilReports() {
	}

	static List<Map<String, String>> read(String file) {
		try (InputStream in = CouncilReports.class.getResourceAsStream("/council-reports/" + file)) {
			if (in == null) {
				throw new IllegalStateException("no council report " + file + " in src/test/resources/council-reports");
			}
			return rows(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Map<String, String>> rows(String file, String text) {
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		try (CSVParser parser = CSVParser.parse(new StringReader(body), FORMAT)) {
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				Map<String, String> row = new LinkedHashMap<>(record.toMap());
				row.replaceAll((column, cell) -> (cell != null) ? cell : "");
				rows.add(row);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(file, ex);
		}
	}

	/** {@code WCC-CFC-nn} for seq nn on the CF&C scorecard. */
	static String cfcCode(int seq) {
		return CFC_SHARED.getOrDefault(seq, "WCC-CFC-%02d".formatted(seq));
	}

	/** {@code WCC-CORP-nn} for seq nn in the Cabinet scorecard's overview lists. */
	static String cabinetCode(int seq) {
		return CABINET_SHARED.getOrDefault(seq, "WCC-CORP-%02d".formatted(seq));
	}

	/** {@code LCC-nn} for seq nn in Lancashire's monitoring report. */
	static String lancashireCode(int seq) {
		return "LCC-%02d".formatted(seq);
	}

	static int seq(Map<String, String> row) {
		return Integer.parseInt(row.get("seq"));
	}

	/**
	 * The Worcestershire ratings as Beacon's statuses: "NO STATUS" and "N/A" are both
	 * grey, no rating applies.
	 */
	static Status status(String printed) {
		return switch (printed.toUpperCase(java.util.Locale.ROOT)) {
			case "GREEN" -> Status.GREEN;
			case "AMBER" -> Status.AMBER;
			case "RED" -> Status.RED;
			case "NO STATUS", "N/A" -> Status.NOT_RATED;
			default -> throw new IllegalArgumentException("an unknown rating " + printed);
		};
	}

	/**
	 * The unit words in the transcriptions as Beacon's units.
	 */
	static Unit unit(String printed) {
		return switch (printed) {
			case "percent" -> Unit.PERCENT;
			case "rate per 10,000" -> Unit.RATE_PER_10000;
			case "rate per 100,000" -> Unit.RATE_PER_100000;
			case "days", "days per FTE" -> Unit.DAYS;
			case "GBP" -> Unit.CURRENCY_GBP;
			case "FTE" -> Unit.FTE;
			case "count" -> Unit.NUMBER;
			case "score" -> Unit.SCORE;
			default -> throw new IllegalArgumentException("an unknown unit " + printed);
		};
	}

	/**
	 * "LOWER = BETTER" (Worcestershire) and "Good is High/Low/On target" (Lancashire). On
	 * target is higher is better (the aim is to reach a number); nothing printed is no
	 * polarity.
	 */
	static Polarity polarity(String printed) {
		return switch (printed) {
			case "LOWER = BETTER", "Low" -> Polarity.LOWER_IS_BETTER;
			case "HIGHER = BETTER", "High", "On target" -> Polarity.HIGHER_IS_BETTER;
			case "" -> Polarity.NO_POLARITY;
			default -> throw new IllegalArgumentException("an unknown polarity " + printed);
		};
	}

	static BigDecimal number(String printed) {
		return new BigDecimal(printed.replace(",", ""));
	}

	/**
	 * @return how many decimals a figure was printed with, 0 when none was printed
	 */
	static int decimalsPrinted(String printed) {
		return printed.isEmpty() ? 0 : Math.max(0, number(printed).scale());
	}

	static FinancialQuarter quarter(String label) {
		return (FinancialQuarter) uk.beacon.period.Periods.parse(label);
	}

}
