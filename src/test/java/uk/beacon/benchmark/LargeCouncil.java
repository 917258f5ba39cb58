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
 * Writes a large, realistic council in Beacon's import format: a council, its
 * directorates and services, indicators with ten years of monthly, quarterly or annual
 * figures, targets, national benchmarks, a scorecard per directorate and risk registers
 * with quarterly assessments. The same seed always writes the same files.
 *
 * <p>
 * {@code java … uk.beacon.benchmark.LargeCouncil <folder> [seed] [indicators] [years] [risks] [directorates]}
 *
 * <p>
 * The indicators are shared among the services in turn, ten services a directorate, so a
 * directorate's scorecard holds a sixth of the indicators with the six directorates of
 * the large council. A county council has five to eight directorates and at most a few
 * hundred indicators in each: to grow the council without growing each directorate, give
 * more directorates (60 for ten times the large council keep each at about 333
 * indicators). The same seed and sizes always write the same files.
 */
public final class LargeCouncil {

	/** The large council's directorates, unless told otherwise. */
	static final int DIRECTORATES = 6;

	/** Services in each directorate. */
	static final int SERVICES_PER_DIRECTORATE = 10;

	/** The large council's services. */
	static final int SERVICES = DIRECTORATES * SERVICES_PER_DIRECTORATE;

	private final Random random;

	private final int indicators;

	private final int years;

	private final int risks;

	private final int directorates;

	private final int services;

	LargeCouncil(long seed, int indicators, int years, int risks) {
		this(seed, indicators, years, risks, DIRECTORATES);
	}

	LargeCouncil(long seed, int indicators, int years, int risks, int directorates) {
		if (directorates < 1) {
			throw new IllegalArgumentException("A council has at least one directorate, not " + directorates);
		}
		this.random = new Random(seed);
		this.indicators = indicators;
		this.years = years;
		this.risks = risks;
		this.directorates = directorates;
		this.services = directorates * SERVICES_PER_DIRECTORATE;
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args[0]);
		long seed = (args.length > 1) ? Long.parseLong(args[1]) : 42;
		int indicators = (args.length > 2) ? Integer.parseInt(args[2]) : 2000;
		int years = (args.length > 3) ? Integer.parseInt(args[3]) : 10;
		int risks = (args.length > 4) ? Integer.parseInt(args[4]) : 500;
		int directorates = (args.length > 5) ? Integer.parseInt(args[5]) : DIRECTORATES;
		new LargeCouncil(seed, indicators, years, risks, directorates).write(folder);
	}

	void write(Path folder) throws IOException {
		Files.createDirectories(folder);
		try (Writer org = writer(folder, "organisation.csv")) {
			org.write("code,name,kind,parent_code\nBIG,Bigshire County Council,council,\n");
			for (int d = 1; d <= this.directorates; d++) {
				org.write(f("BIG-D%d,Directorate %d,directorate,BIG\n", d, d));
			}
			for (int s = 1; s <= this.services; s++) {
				org.write(f("BIG-S%02d,Service %d,service,BIG-D%d\n", s, s, directorateOf(s)));
			}
		}
		FinancialQuarter first = new FinancialQuarter(2025 - this.years, 1);
		try (Writer ind = writer(folder, "indicators.csv");
				Writer tgt = writer(folder, "targets.csv");
				Writer mea = writer(folder, "measurements.csv");
				Writer ben = writer(folder, "benchmarks.csv");
				Writer sc = writer(folder, "scorecards.csv")) {
			ind.write("code,title,organisation_code,unit,decimal_places,polarity,frequency,owner\n");
			tgt.write("indicator_code,kind,applies_from,value,tolerance_kind,tolerance\n");
			mea.write("indicator_code,data_period,reporting_period,value,performance_details\n");
			ben.write("indicator_code,data_period,comparator,value\n");
			sc.write(
					"scorecard_code,scorecard_name,organisation_code,scorecard_kind,section,section_kind,indicator_code\n");
			for (int i = 1; i <= this.indicators; i++) {
				String code = f("BIG-%04d", i);
				int service = 1 + (i - 1) % this.services;
				boolean higher = this.random.nextBoolean();
				double level = 40 + this.random.nextDouble() * 50;
				String frequency = (i % 4 == 0) ? "monthly" : (i % 10 == 0) ? "annual" : "quarterly";
				ind.write(f("%s,Indicator %d of service %d,BIG-S%02d,percent,1,%s,%s,Officer %d\n", code, i, service,
						service, higher ? "higher_is_better" : "lower_is_better", frequency, service));
				tgt.write(f("%s,value,%s,%.1f,absolute,1\n", code, first.label(), level + (higher ? 2 : -2)));
				writeMeasurements(mea, ben, code, frequency, level, first);
				sc.write(f("BIG-SC%d,Directorate %d scorecard,BIG-D%d,directorate,Service %d,area_of_focus,%s\n",
						directorateOf(service), directorateOf(service), directorateOf(service), service, code));
			}
		}
		writeRisks(folder, first);
	}

	private void writeMeasurements(Writer mea, Writer ben, String code, String frequency, double level,
			FinancialQuarter first) throws IOException {
		double value = level;
		if ("monthly".equals(frequency)) {
			YearMonth month = YearMonth.of(first.start().getYear(), 4);
			for (int m = 0; m < this.years * 12; m++, month = month.plusMonths(1)) {
				value = next(value);
				FinancialQuarter reported = FinancialQuarter.containing(month.atEndOfMonth());
				mea.write(f("%s,%s,%s,%.1f,\n", code, new Month(month).label(), reported.label(), value));
			}
			return;
		}
		FinancialQuarter quarter = first;
		for (int q = 0; q < this.years * 4; q++, quarter = quarter.plusQuarters(1)) {
			value = next(value);
			if ("annual".equals(frequency) && quarter.quarter() != 4) {
				continue;
			}
			String period = "annual".equals(frequency) ? quarter.financialYear().label() : quarter.label();
			mea.write(f("%s,%s,%s,%.1f,%s\n", code, period, quarter.label(), value,
					(q % 4 == 0) ? "Figures checked by the service manager." : ""));
			if (q % 4 == 3) {
				ben.write(f("%s,%s,national,%.1f\n", code, period, value + this.random.nextGaussian() * 3));
			}
		}
	}

	private double next(double value) {
		return Math.max(0, Math.min(100, value + this.random.nextGaussian() * 1.5));
	}

	private void writeRisks(Path folder, FinancialQuarter first) throws IOException {
		try (Writer reg = writer(folder, "risk-registers.csv");
				Writer rsk = writer(folder, "risks.csv");
				Writer ass = writer(folder, "risk-assessments.csv");
				Writer act = writer(folder, "risk-actions.csv")) {
			reg.write(
					"code,name,kind,organisation_code,escalates_to\nBIG-CRR,Corporate risk register,corporate,BIG,\n");
			for (int d = 1; d <= this.directorates; d++) {
				reg.write(f("BIG-DRR%d,Directorate %d risk register,directorate,BIG-D%d,BIG-CRR\n", d, d, d));
			}
			rsk.write("reference,register_code,kind,title,description,category,owner\n");
			ass.write(
					"reference,assessed_on,reporting_period,current_impact,current_likelihood,residual_impact,residual_likelihood\n");
			act.write("reference,action,owner,due,status\n");
			for (int r = 1; r <= this.risks; r++) {
				String reference = f("BR%d", r);
				String register = (r % 10 == 0) ? "BIG-CRR" : "BIG-DRR" + (1 + r % this.directorates);
				rsk.write(f("%s,%s,%s,Risk %d to service delivery,Description of risk %d,Operational,Owner %d\n",
						reference, register, (r % 12 == 0) ? "opportunity" : "risk", r, r, r % 40));
				FinancialQuarter quarter = first;
				for (int q = 0; q < this.years * 4; q++, quarter = quarter.plusQuarters(1)) {
					int impact = 2 + this.random.nextInt(4);
					int likelihood = 1 + this.random.nextInt(5);
					ass.write(f("%s,%s,%s,%d,%d,%d,%d\n", reference,
							quarter.end().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
							quarter.label(), impact, likelihood, Math.max(1, impact - 1), Math.max(1, likelihood - 1)));
				}
				act.write(f("%s,Action for risk %d,Owner %d,31/03/2026,open\n", reference, r, r % 40));
			}
		}
	}

	private int directorateOf(int service) {
		return 1 + (service - 1) % this.directorates;
	}

	private static Writer writer(Path folder, String name) throws IOException {
		return Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8);
	}

	// CSV numbers are plain, whatever the machine's locale
	private static String f(String format, Object... args) {
		return String.format(Locale.ROOT, format, args);
	}

}
