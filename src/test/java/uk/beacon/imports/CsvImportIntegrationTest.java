package uk.beacon.imports;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.beacon.TestUsers;
import uk.beacon.BeaconIntegrationTest;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorPerformances;
import uk.beacon.indicator.Indicators;
import uk.beacon.indicator.Measurements;
import uk.beacon.indicator.Performance;
import uk.beacon.indicator.Status;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import saves everything or nothing, and names the file, row and column of every
 * problem.
 */
@BeaconIntegrationTest
class CsvImportIntegrationTest {

	private static final String ORGANISATION = """
			code,name,kind,parent_code
			%1$s,Testshire County Council,council,
			%1$s-CS,Children's Services,directorate,%1$s
			""";

	private static final String INDICATORS = """
			code,title,organisation_code,unit,decimal_places,polarity,frequency
			%1$s-CL,Care leavers in suitable accommodation,%1$s-CS,percent,1,higher_is_better,quarterly
			""";

	private static final String TARGETS = """
			indicator_code,kind,applies_from,applies_to,value,tolerance_kind,tolerance
			%1$s-CL,value,Q1 2019/20,Q4 2019/20,90,absolute,2
			""";

	private static final String MEASUREMENTS_HEADER = "indicator_code,data_period,reporting_period,value,numerator,denominator\n";

	@Autowired
	CsvImport csvImport;

	@Autowired
	Indicators indicators;

	@Autowired
	Measurements measurements;

	@Autowired
	OrganisationUnits units;

	@Autowired
	IndicatorPerformances performances;

	@Test
	void importsAWholeSetAndDerivesTheValueFromTheRatio() {
		ImportSummary summary = this.csvImport
			.run(files("OK1", MEASUREMENTS_HEADER + "OK1-CL,30/09/2019,Q2 2019/20,,58,76\n"), TestUsers.SYSTEM);

		assertThat(summary).isEqualTo(new ImportSummary(2, 1, 1, 1, 0, 0, 0, 0, 0));
		Indicator indicator = this.indicators.findByCode("OK1-CL").orElseThrow();
		Performance performance = this.performances.at(List.of(indicator.id()), new FinancialQuarter(2019, 2))
			.get(indicator.id());
		assertThat(performance.value()).isCloseTo(new BigDecimal("76.3158"),
				org.assertj.core.data.Offset.offset(new BigDecimal("0.0001")));
		assertThat(performance.formattedValue()).isEqualTo("76.3%");
		assertThat(performance.rule().status()).isEqualTo(Status.RED);
		assertThat(performance.rule().explanation()).startsWith("Red: 76.3%").contains("90%");
	}

	@Test
	void correctsAFigureAlreadyHeldOnlyWithAReasonKeepingTheOldOne() {
		this.csvImport.run(files("OK2", MEASUREMENTS_HEADER + "OK2-CL,30/09/2019,Q2 2019/20,80,,\n"), TestUsers.SYSTEM);
		List<ImportFile> correction = List
			.of(file("measurements.csv", MEASUREMENTS_HEADER + "OK2-CL,30/09/2019,Q2 2019/20,81,,\n"));

		assertThat(problems(correction)).singleElement()
			.satisfies(p -> assertThat(p.toString()).isEqualTo("(the import), column \"reason\": these files correct "
					+ "figures or targets Beacon holds: say why, and the reason is kept with each correction."));
		ImportPreview preview = this.csvImport.preview(correction, TestUsers.SYSTEM);
		assertThat(preview.needsReason()).isTrue();
		assertThat(preview.files()).singleElement().satisfies(f -> {
			assertThat(f.added()).isZero();
			assertThat(f.changes()).singleElement().satisfies(item -> {
				assertThat(item.what()).isEqualTo("OK2-CL for 30/09/2019");
				assertThat(item.fields()).containsExactly(new ImportPreview.Field("value", "80", "81"));
			});
		});

		ImportSummary summary = this.csvImport.run(correction, TestUsers.SYSTEM, "Revised by the DfE");

		assertThat(summary.measurements()).isEqualTo(1);
		long id = this.indicators.findByCode("OK2-CL").orElseThrow().id();
		assertThat(this.measurements.forIndicator(id)).singleElement()
			.satisfies(m -> assertThat(m.value()).isEqualByComparingTo("81"));
		assertThat(this.measurements.revisions(id).values()).singleElement()
			.satisfies(r -> assertThat(r.value()).isEqualByComparingTo("80"));
		// the same file again changes nothing
		assertThat(this.csvImport.preview(correction, TestUsers.SYSTEM).changesNothing()).isTrue();
	}

	@Test
	void anUnknownIndicatorCodeIsNamedAndNothingIsSaved() {
		List<ImportProblem> problems = problems(files("BAD1",
				MEASUREMENTS_HEADER + "BAD1-CL,30/09/2019,Q2 2019/20,80,,\nBAD1-XX,30/09/2019,Q2 2019/20,80,,\n"));

		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("measurements.csv");
			assertThat(p.row()).isEqualTo(3);
			assertThat(p.column()).isEqualTo("indicator_code");
			assertThat(p.message()).contains("BAD1-XX");
		});
		assertNothingSaved("BAD1");
	}

	@Test
	void aPeriodThatCannotBeReadIsNamed() {
		List<ImportProblem> problems = problems(
				files("BAD2", MEASUREMENTS_HEADER + "BAD2-CL,30/09/2019,Q5 2019/20,80,,\n"));

		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(2);
			assertThat(p.column()).isEqualTo("reporting_period");
			assertThat(p.message()).contains("Q5");
		});
		assertNothingSaved("BAD2");
	}

	@Test
	void anImpossibleDateIsNamedWithTheReason() {
		List<ImportProblem> problems = problems(
				files("BAD3", MEASUREMENTS_HEADER + "BAD3-CL,31/09/2019,Q2 2019/20,80,,\n"));

		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.column()).isEqualTo("data_period");
			assertThat(p.message()).contains("31/09/2019").contains("30 days");
		});
		assertNothingSaved("BAD3");
	}

	@Test
	void aValueInTheWrongUnitIsNamed() {
		List<ImportProblem> problems = problems(files("BAD4",
				MEASUREMENTS_HEADER + "BAD4-CL,30/09/2019,Q2 2019/20,84%,,\nBAD4-CL,30/06/2019,Q1 2019/20,840,,\n"));

		assertThat(problems).hasSize(2);
		assertThat(problems.get(0).toString())
			.startsWith("measurements.csv, row 2, column \"value\": \"84%\" is not a plain number");
		assertThat(problems.get(1).toString())
			.startsWith("measurements.csv, row 3, column \"value\": 840 is not a percentage");
		assertNothingSaved("BAD4");
	}

	@Test
	void aPercentageTypedAsAFractionIsNamed() {
		this.csvImport.run(files("FR1", MEASUREMENTS_HEADER + "FR1-CL,30/06/2019,Q1 2019/20,84,,\n"), TestUsers.SYSTEM);

		List<ImportProblem> problems = problems(
				List.of(file("measurements.csv", MEASUREMENTS_HEADER + "FR1-CL,30/09/2019,Q2 2019/20,0.85,,\n")));

		assertThat(problems).singleElement()
			.satisfies(p -> assertThat(p.toString())
				.isEqualTo("measurements.csv, row 2, column \"value\": 0.85 looks like "
						+ "a fraction, but FR1-CL is recorded in percent and its other figures are 10 or more; write 85 for 85%."));
	}

	@Test
	void aNumeratorLargerThanItsDenominatorIsNamed() {
		List<ImportProblem> problems = problems(
				files("BAD5", MEASUREMENTS_HEADER + "BAD5-CL,30/09/2019,Q2 2019/20,,80,76\n"));

		assertThat(problems).singleElement()
			.satisfies(p -> assertThat(p.toString())
				.isEqualTo("measurements.csv, row 2, columns \"numerator\"/\"denominator\": "
						+ "the numerator 80 is larger than the denominator 76."));
		assertNothingSaved("BAD5");
	}

	@Test
	void aDuplicateRowIsNamedWithTheRowItRepeats() {
		List<ImportProblem> problems = problems(files("BAD6",
				MEASUREMENTS_HEADER + "BAD6-CL,30/09/2019,Q2 2019/20,80,,\nBAD6-CL,30/09/2019,Q2 2019/20,80,,\n"));

		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(3);
			assertThat(p.column()).isEqualTo("data_period");
			assertThat(p.message()).contains("duplicate").contains("row 2");
		});
		assertNothingSaved("BAD6");
	}

	@Test
	void reportsEveryProblemAtOnceIncludingUnknownColumnsAndFiles() {
		List<ImportProblem> problems = problems(
				List.of(file("indicators.csv", "code,title,colour\nX,Y,red\n"), file("readme.csv", "a\n1\n")));

		assertThat(problems).extracting(ImportProblem::toString)
			.anySatisfy(
					p -> assertThat(p).startsWith("indicators.csv, row 1, column \"colour\": this column is not part"))
			.anySatisfy(p -> assertThat(p)
				.startsWith("indicators.csv, row 1, column \"unit\": this required column is missing"))
			.anySatisfy(p -> assertThat(p).startsWith("readme.csv: Beacon does not know what this file holds"));
	}

	@Test
	void anAssessedStatusWithoutAReasonIsRefused() {
		List<ImportProblem> problems = problems(files("BAD7",
				"indicator_code,data_period,reporting_period,value,assessed_status\nBAD7-CL,30/09/2019,Q2 2019/20,80,amber\n"));

		assertThat(problems).singleElement().satisfies(p -> assertThat(p.column()).isEqualTo("assessment_reason"));
		assertNothingSaved("BAD7");
	}

	@Test
	void aFileThatIsNotTextIsRefusedWithTheReason() {
		byte[] zip = { 'P', 'K', 3, 4, 0, 0, 0, 0, 'x', 'l' };
		List<ImportProblem> problems = problems(List.of(file("organisation.csv", ORGANISATION.formatted("BIN1")),
				new ImportFile("indicators.csv", zip)));

		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("indicators.csv");
			assertThat(p.message()).contains("binary data");
		});
		assertNothingSaved("BIN1");
	}

	@Test
	void aQuoteLeftOpenOrAHeaderTooWideIsSaidInWordsNotTheReadersOwn() {
		List<ImportProblem> unclosed = problems(List.of(file("organisation.csv",
				"code,name,kind,parent_code\nQUO1,\"Quote Council,council,\nQUO1-D,Directorate,directorate,QUO1\n")));
		assertThat(unclosed).singleElement()
			.satisfies(p -> assertThat(p.message()).contains("a cell that starts with a double quote")
				.contains("is never closed")
				.doesNotContain("encapsulated"));
		// a header of 100,000 columns, one repeated: said in a sentence, not the whole
		// header back
		String wide = "code,name,kind,parent_code," + "x,".repeat(100_000) + "x";
		List<ImportProblem> repeated = problems(List.of(file("organisation.csv", wide + "\n")));
		assertThat(repeated).isNotEmpty()
			.allSatisfy(p -> assertThat(p.message()).hasSizeLessThan(300).doesNotContain("x,x,x"));
		assertThat(this.units.findByCode("QUO1")).isEmpty();
	}

	private void assertNothingSaved(String prefix) {
		assertThat(this.units.findByCode(prefix)).isEmpty();
		assertThat(this.indicators.findByCode(prefix + "-CL")).isEmpty();
	}

	private List<ImportProblem> problems(List<ImportFile> files) {
		try {
			this.csvImport.run(files, TestUsers.SYSTEM);
		}
		catch (ImportFailedException ex) {
			return ex.problems();
		}
		throw new AssertionError("the import should have failed");
	}

	private static List<ImportFile> files(String prefix, String measurements) {
		return List.of(file("organisation.csv", ORGANISATION.formatted(prefix)),
				file("indicators.csv", INDICATORS.formatted(prefix)), file("targets.csv", TARGETS.formatted(prefix)),
				file("measurements.csv", measurements));
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
