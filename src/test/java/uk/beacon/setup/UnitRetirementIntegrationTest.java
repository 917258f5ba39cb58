package uk.beacon.setup;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.SignedIn;
import uk.beacon.TestUsers;
import uk.beacon.access.ChangeRejected;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFailedException;
import uk.beacon.imports.ImportFile;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.indicator.Indicators;
import uk.beacon.organisation.OrganisationManagement;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.risk.RiskManagement;
import uk.beacon.risk.RiskMove;
import uk.beacon.risk.RiskReference;
import uk.beacon.risk.Risks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13: retiring an organisation unit the council no longer has. It is refused,
 * saying what is still in use, while the unit has indicators in use, units below it in
 * use or open risks on its registers; once retired it keeps everything and takes nothing
 * new; it is put back in use only below a unit in use.
 */
@BeaconIntegrationTest
class UnitRetirementIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	CsvImport csvImport;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	OrganisationUnits units;

	@Autowired
	IndicatorManagement indicatorManagement;

	@Autowired
	Indicators indicators;

	@Autowired
	RiskManagement riskManagement;

	@Autowired
	Risks risks;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aUnitIsRetiredOnceNothingInItIsInUseAndThenTakesNothingNew() {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				URC,Unit Retiring Council,council,
				URC-D,Place,directorate,URC
				URC-S,Libraries,service,URC-D
				"""), file("indicators.csv", """
				code,title,organisation_code,unit,polarity,frequency
				URC-1,Library visits,URC-S,number,higher_is_better,quarterly
				"""), file("risk-registers.csv", """
				code,name,kind,organisation_code,escalates_to
				URC-R,Place register,directorate,URC-D,
				"""), file("risks.csv", """
				reference,register_code,kind,title
				URC-R1,URC-R,risk,Library buildings need repair
				""")), TestUsers.SYSTEM);

		assertThatThrownBy(() -> this.organisation.retire(TestUsers.SYSTEM, "URC-D", "Merged into Communities"))
			.isInstanceOf(ChangeRejected.class)
			.hasMessageContaining("units below it in use (Libraries)")
			.hasMessageContaining("its register Place register holds 1 open risk");
		assertThatThrownBy(() -> this.organisation.retire(TestUsers.SYSTEM, "URC-S", "Closed"))
			.hasMessageContaining("1 indicator in use (URC-1): retire or move it first");

		Indicator visits = this.indicators.findByCode("URC-1").orElseThrow();
		this.indicatorManagement.retire(TestUsers.SYSTEM, visits.id(), visits.version(), new FinancialQuarter(2026, 1),
				"The libraries closed");
		assertThat(this.organisation.retire(TestUsers.SYSTEM, "URC-S", "The libraries closed").retired()).isTrue();

		// nothing new in it: no indicator added or moved there, on screen or by import
		assertThatThrownBy(() -> this.csvImport.run(List.of(file("indicators.csv", """
				code,title,organisation_code,unit,polarity,frequency
				URC-2,Books lent,URC-S,number,higher_is_better,quarterly
				""")), TestUsers.SYSTEM)).isInstanceOfSatisfying(ImportFailedException.class,
				ex -> assertThat(ex.problems()).singleElement()
					.satisfies(p -> assertThat(p.message()).startsWith("URC-S is retired")));
		// what it holds is kept, and changes to it still import
		this.csvImport.run(List.of(file("indicators.csv", """
				code,title,organisation_code,unit,polarity,frequency
				URC-1,Library visits (all branches),URC-S,number,higher_is_better,quarterly
				""")), TestUsers.SYSTEM);

		this.riskManagement.close(TestUsers.SYSTEM, new RiskMove(new RiskReference("URC-R1"),
				this.risks.findByReference("URC-R1").orElseThrow().version(), "Repaired"));
		this.organisation.retire(TestUsers.SYSTEM, "URC-D", "Merged into Communities");
		assertThatThrownBy(() -> this.organisation.reinstate(TestUsers.SYSTEM, "URC-S"))
			.hasMessageContaining("Place, above it, is retired");

		// on screen: the tree says so, and the unit is put back in use from its page
		SignedIn admin = SignedIn.as(this.port, "admin", TestUsers.ADMIN_PASSWORD);
		assertThat(admin.get("/setup/organisation").body()).contains("Retired");
		assertThat(admin.post("/setup/organisation/URC-D/reinstate", Map.of()).statusCode()).isEqualTo(302);
		assertThat(admin.get("/setup/organisation/URC-D").body()).contains("Place is in use again");
		this.organisation.reinstate(TestUsers.SYSTEM, "URC-S");
		assertThat(this.units.findByCode("URC-S").orElseThrow().retired()).isFalse();
		assertThat(this.jdbc
			.sql("select action from audit_event where subject_type = 'ORGANISATION_UNIT' "
					+ "and subject in ('URC-S', 'URC-D') and action like 'UNIT_RE%' order by id")
			.query(String.class)
			.list()).containsExactly("UNIT_RETIRED", "UNIT_RETIRED", "UNIT_REINSTATED", "UNIT_REINSTATED");
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
