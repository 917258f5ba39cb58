package uk.beacon.benchmark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Random;

import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.Month;

/**
 * Writes a council with as many monthly figures as asked for, ten years to an indicator,
 * for the import benchmark: organisation.csv and indicators.csv to import first, and
 * measurements.csv, the file that is timed. The same seed always writes the same files.
 *
 * <p>
 * {@code java … uk.beacon.benchmark.MeasurementFile <folder> [rows] [seed]}
 */
public final class MeasurementFile {

	static final int MONTHS = 120;

	private MeasurementFile() {
	}

	public static void main(String[] args) throws IOException {
		write(Path.of(args[0]), (args.length > 1) ? Integer.parseInt(args[1]) : 1_000_000,
				(args.length > 2) ? Long.parseLong(args[2]) : 42);
	}

	static void write(Path folder, int rows, long seed) throws IOException {
		Random random = new Random(seed);
		int indicators = (rows + MONTHS - 1) / MONTHS;
		Files.createDirectories(folder);
		try (Writer org = writer(folder, "organisation.csv")) {
			org.write("code,name,kind,parent_code\nIMP,Importshire County Council,council,\n");
		}
		try (Writer ind = writer(folder, "indicators.csv"); Writer mea = writer(folder, "measurements.csv")) {
			ind.write("code,title,organisation_code,unit,decimal_places,polarity,frequency\n");
			mea.write("indicator_code,data_period,reporting_period,value,performance_details\n");
			int written = 0;
			for (int i = 1; i <= indicators; i++) {
				String code = String.format(Locale.ROOT, "IMP-%05d", i);
				ind.write(String.format(Locale.ROOT, "%s,Imported figure %d,IMP,number,1,higher_is_better,monthly\n",
						code, i));
				YearMonth month = YearMonth.of(2015, 4);
				double value = 50 + random.nextGaussian() * 10;
				for (int m = 0; m < MONTHS && written < rows; m++, written++, month = month.plusMonths(1)) {
					value = Math.max(0, value + random.nextGaussian());
					mea.write(String.format(Locale.ROOT, "%s,%s,%s,%.1f,%s\n", code, new Month(month).label(),
							FinancialQuarter.containing(month.atEndOfMonth()).label(), value,
							(m % 12 == 0) ? "Checked by the service manager." : ""));
				}
			}
		}
	}

	private static Writer writer(Path folder, String name) throws IOException {
		return Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8);
	}

}
