package uk.beacon.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.beacon.TestUsers;
import uk.beacon.BeaconIntegrationTest;
import uk.beacon.indicator.Indicators;
import uk.beacon.indicator.Measurement;
import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.indicator.Measurements;
import uk.beacon.indicator.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Measurements are saved with PostgreSQL's COPY: every field arrives as written, text
 * with tabs, line breaks and backslashes included, and a row the database refuses saves
 * nothing of the import.
 */
@BeaconIntegrationTest
class CopiedMeasurementsIntegrationTest {

	@Autowired
	CsvImport csvImport;

	@Autowired
	Indicators indicators;

	@Autowired
	Measurements measurements;

	@Autowired
	IndicatorManagement management;

	@Test
	void everyFieldArrivesAsWritten() {
		this.csvImport.run(
				List.of(organisation("CPY"), indicator("CPY"),
						file("measurements.csv",
								"""
										indicator_code,data_period,reporting_period,value,numerator,denominator,provisional,estimated,value_as_printed,performance_details,current_activity,future_activity,assessed_status,assessment_reason,note
										CPY-1,Q1 2019/20,Q1 2019/20,,58,76,yes,no,58 of 76,"Tab\there, a line
										break and a back\\slash",\\N,"quoted \"\"text\"\"",amber,Officers' view,
										CPY-1,Q2 2019/20,Q2 2019/20,12.345,,,,,,,,,,,a note
										""")),
				TestUsers.SYSTEM);

		long id = this.indicators.findByCode("CPY-1").orElseThrow().id();
		List<Measurement> saved = this.measurements.forIndicator(id);
		assertThat(saved).hasSize(2);
		Measurement first = saved.get(0);
		assertThat(first.numerator()).isEqualByComparingTo("58");
		assertThat(first.denominator()).isEqualByComparingTo("76");
		assertThat(first.value()).isNull();
		assertThat(first.provisional()).isTrue();
		assertThat(first.estimated()).isFalse();
		assertThat(first.valueAsPrinted()).isEqualTo("58 of 76");
		assertThat(first.commentary().performanceDetails()).isEqualTo("Tab\there, a line\nbreak and a back\\slash");
		assertThat(first.commentary().currentActivity()).isEqualTo("\\N");
		assertThat(first.commentary().futureActivity()).isEqualTo("quoted \"text\"");
		assertThat(first.override().status()).isEqualTo(Status.AMBER);
		assertThat(first.override().reason()).isEqualTo("Officers' view");
		assertThat(first.note()).isNull();
		assertThat(saved.get(1).value()).isEqualByComparingTo("12.345");
		assertThat(saved.get(1).note()).isEqualTo("a note");
		assertThat(saved.get(1).dataPeriod().label()).isEqualTo("Q2 2019/20");
	}

	@Test
	void aRowTheDatabaseRefusesSavesNothing() {
		// the import finds duplicates before saving; the database refuses them all the
		// same, and the copy is one statement
		this.csvImport.run(List.of(organisation("CPN"), indicator("CPN")), TestUsers.SYSTEM);
		long id = this.indicators.findByCode("CPN-1").orElseThrow().id();

		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> this.management
			.recordFigures(TestUsers.SYSTEM, List.of(figure(id, "Q1 2019/20"), figure(id, "Q1 2019/20"))));
		assertThat(this.measurements.forIndicator(id)).isEmpty();
	}

	private static Measurement figure(long indicatorId, String quarter) {
		var period = uk.beacon.period.Periods.parse(quarter);
		return new Measurement(null, indicatorId, period, (uk.beacon.period.FinancialQuarter) period,
				java.math.BigDecimal.ONE, null, null, false, false, null, null, null, null, 0);
	}

	private static ImportFile organisation(String code) {
		return file("organisation.csv", """
				code,name,kind,parent_code
				%s,Copyshire County Council,council,
				""".formatted(code));
	}

	private static ImportFile indicator(String code) {
		return file("indicators.csv", """
				code,title,organisation_code,unit,decimal_places,polarity,frequency
				%1$s-1,Homes built,%1$s,percent,1,higher_is_better,quarterly
				""".formatted(code));
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
