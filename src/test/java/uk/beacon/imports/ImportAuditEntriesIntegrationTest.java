package uk.beacon.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.TestUsers;
import uk.beacon.access.Role;
import uk.beacon.audit.AuditEntry;
import uk.beacon.audit.AuditTrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The audit trail an import of figures leaves, word for word: one entry an indicator and
 * import, listing each figure with every field it was given, in period order, a blank
 * line between them. Each figure's words were written down from the trail as the import
 * recorded them (one entry a figure) before the import was made faster (issue 18), so
 * that a faster import cannot record less or other than it did.
 */
@BeaconIntegrationTest
class ImportAuditEntriesIntegrationTest {

	private static final String ORGANISATION = """
			code,name,kind,parent_code
			AUD,Auditshire County Council,council,
			AUD-CS,Children's Services,directorate,AUD
			""";

	private static final String INDICATORS = """
			code,title,organisation_code,unit,decimal_places,polarity,frequency
			AUD-PC,Care leavers in suitable accommodation,AUD-CS,percent,1,higher_is_better,quarterly
			AUD-GBP,Spend on agency staff,AUD-CS,currency_gbp,0,lower_is_better,monthly
			AUD-DAY,Days to assess,AUD-CS,days,2,lower_is_better,annual
			AUD-RATE,Children in need,AUD-CS,rate_per_10000,1,lower_is_better,monthly
			""";

	private static final String MEASUREMENTS = """
			indicator_code,data_period,reporting_period,value,numerator,denominator,provisional,estimated,value_as_printed,performance_details,current_activity,future_activity,assessed_status,assessment_reason,note
			AUD-PC,30/09/2019,Q2 2019/20,,58,76,,,,,,,,,
			AUD-PC,31/12/2019,Q3 2019/20,71.80,,,yes,no,71.8%,"Up, as ""planned""\","Two new
			placements",(none),amber,Judged on the trend,a note
			AUD-GBP,Apr 2019,Q1 2019/20,1234567.5,,,,yes,,  ,,,,,
			AUD-GBP,May 2019,Q1 2019/20,-250,,,,,,,,,,,
			AUD-DAY,2019/20,Q4 2019/20,1,,,,,1 day,,,,,,
			AUD-DAY,2020/21,Q4 2020/21,1234.345,,,,,,,,,,,
			AUD-RATE,Jun 2019,Q1 2019/20,0.00,,,,,,,,,,,
			AUD-RATE,Jul 2019,Q2 2019/20,,,,,,,,,,not_rated,Not collected this month,
			""";

	@Autowired
	CsvImport csvImport;

	@Autowired
	AuditTrail trail;

	@Test
	void recordsOneEntryAnIndicatorListingEachFigureWithEveryFieldItWasGiven() {
		this.csvImport.run(
				List.of(file("organisation.csv", ORGANISATION), file("indicators.csv", INDICATORS),
						file("measurements.csv", MEASUREMENTS)),
				TestUsers.everywhere("Ann Officer (aofficer)", Role.PERFORMANCE_OFFICER));

		assertThat(figures("AUD-PC")).containsExactly(tuple("Ann Officer (aofficer)", null, """
				data period: 30/09/2019
				reported in: Q2 2019/20
				value: 76.3%
				numerator: 58
				denominator: 76

				data period: 31/12/2019
				reported in: Q3 2019/20
				value: 71.8%
				as printed: 71.8%
				assessed status: AMBER (Judged on the trend)
				how it is performing: Up, as "planned"
				what is being done: Two new
				placements""", null));
		assertThat(figures("AUD-GBP")).containsExactly(tuple("Ann Officer (aofficer)", null, """
				data period: Apr 2019
				reported in: Q1 2019/20
				value: £1,234,568

				data period: May 2019
				reported in: Q1 2019/20
				value: -£250""", null));
		assertThat(figures("AUD-DAY")).containsExactly(tuple("Ann Officer (aofficer)", null, """
				data period: 2019/20
				reported in: Q4 2019/20
				value: 1 day
				as printed: 1 day

				data period: 2020/21
				reported in: Q4 2020/21
				value: 1,234.35 days""", null));
		assertThat(figures("AUD-RATE")).containsExactly(tuple("Ann Officer (aofficer)", null, """
				data period: Jun 2019
				reported in: Q1 2019/20
				value: 0 per 10,000

				data period: Jul 2019
				reported in: Q2 2019/20
				assessed status: NOT_RATED (Not collected this month)""", null));
	}

	@Test
	void listsAnIndicatorsFiguresInPeriodOrderWhateverTheOrderOfTheRows() {
		this.csvImport.run(List.of(file("organisation.csv", ORGANISATION), file("indicators.csv", """
				code,title,organisation_code,unit,decimal_places,polarity,frequency
				AUD-ORD,Rows out of order,AUD-CS,number,0,higher_is_better,monthly
				AUD-TWO,Another indicator between its rows,AUD-CS,number,0,higher_is_better,monthly
				"""), file("measurements.csv", """
				indicator_code,data_period,reporting_period,value
				AUD-ORD,Jun 2019,Q1 2019/20,3
				AUD-TWO,Apr 2019,Q1 2019/20,10
				AUD-ORD,Apr 2019,Q1 2019/20,1
				AUD-ORD,May 2019,Q1 2019/20,2
				""")), TestUsers.everywhere("Ann Officer (aofficer)", Role.PERFORMANCE_OFFICER));

		assertThat(figures("AUD-ORD")).containsExactly(tuple("Ann Officer (aofficer)", null, """
				data period: Apr 2019
				reported in: Q1 2019/20
				value: 1

				data period: May 2019
				reported in: Q1 2019/20
				value: 2

				data period: Jun 2019
				reported in: Q1 2019/20
				value: 3""", null));
		assertThat(figures("AUD-TWO")).containsExactly(tuple("Ann Officer (aofficer)", null, """
				data period: Apr 2019
				reported in: Q1 2019/20
				value: 10""", null));
		// the history and the report's "changed since" name how many figures an entry
		// lists
		assertThat(this.trail.about("FIGURE", "AUD-ORD")).extracting(AuditEntry::what)
			.containsExactly("Figures recorded (3)");
		assertThat(this.trail.about("FIGURE", "AUD-TWO")).extracting(AuditEntry::what)
			.containsExactly("Figure recorded");
	}

	@Test
	void aFigureRecordedLaterIsAnEntryOfItsOwnBesideTheImports() {
		this.csvImport.run(List.of(file("organisation.csv", ORGANISATION), file("indicators.csv", """
				code,title,organisation_code,unit,decimal_places,polarity,frequency
				AUD-LATER,Recorded twice,AUD-CS,number,0,higher_is_better,monthly
				"""), file("measurements.csv", """
				indicator_code,data_period,reporting_period,value
				AUD-LATER,Apr 2019,Q1 2019/20,1
				AUD-LATER,May 2019,Q1 2019/20,2
				""")), TestUsers.everywhere("Ann Officer (aofficer)", Role.PERFORMANCE_OFFICER));
		this.csvImport.run(List.of(file("measurements.csv", """
				indicator_code,data_period,reporting_period,value
				AUD-LATER,Jun 2019,Q1 2019/20,3
				""")), TestUsers.everywhere("Bob Officer (bofficer)", Role.PERFORMANCE_OFFICER));

		assertThat(figures("AUD-LATER")).containsExactly(tuple("Ann Officer (aofficer)", null, """
				data period: Apr 2019
				reported in: Q1 2019/20
				value: 1

				data period: May 2019
				reported in: Q1 2019/20
				value: 2""", null), tuple("Bob Officer (bofficer)", null, """
				data period: Jun 2019
				reported in: Q1 2019/20
				value: 3""", null));
	}

	private List<org.assertj.core.groups.Tuple> figures(String code) {
		List<AuditEntry> entries = this.trail.about("FIGURE", code);
		assertThat(entries).allSatisfy(e -> assertThat(e.action()).isEqualTo("FIGURE_RECORDED"));
		return entries.stream().map(e -> tuple(e.actor(), e.before(), e.after(), e.reason())).toList();
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
