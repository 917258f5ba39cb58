package uk.beacon.access;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.TestUsers;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFailedException;
import uk.beacon.imports.ImportFile;
import uk.beacon.imports.ImportProblem;
import uk.beacon.indicator.Commentary;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.indicator.Indicators;
import uk.beacon.indicator.Measurement;
import uk.beacon.organisation.OrganisationKind;
import uk.beacon.organisation.OrganisationManagement;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.organisation.UnitDefinition;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.risk.RiskLinkTarget;
import uk.beacon.risk.RiskManagement;
import uk.beacon.risk.RiskMerge;
import uk.beacon.risk.RiskReference;
import uk.beacon.risk.Risks;
import uk.beacon.scorecard.Scorecard;
import uk.beacon.scorecard.ScorecardManagement;
import uk.beacon.scorecard.ScorecardSection;
import uk.beacon.scorecard.Scorecards;
import uk.beacon.scorecard.ScorecardKind;
import uk.beacon.scorecard.SectionKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules of scope that hold between directorates of one council and between councils,
 * in the write services and in the import alike: a directorate cannot make itself a
 * council, a scorecard or a risk reaches only its own council's indicators, both sides of
 * a merge must be in the person's part of the council, a figure is never given twice, and
 * only a restricted reader publishes an indicator not for publication.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeRulesIntegrationTest {

	@Autowired
	CsvImport csvImport;

	@Autowired
	OrganisationUnits units;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	IndicatorManagement indicatorManagement;

	@Autowired
	Indicators indicators;

	@Autowired
	ScorecardManagement scorecardManagement;

	@Autowired
	Scorecards scorecards;

	@Autowired
	RiskManagement riskManagement;

	@Autowired
	Risks risks;

	@BeforeAll
	void councils() {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				SRA,Rules Council A,council,
				SRA-C,Rules A Children,directorate,SRA
				SRA-C1,Rules A Fostering,service,SRA-C
				SRA-H,Rules A Housing,directorate,SRA
				SRB,Rules Council B,council,
				SRB-C,Rules B Children,directorate,SRB
				"""), file("indicators.csv", """
				code,title,organisation_code,unit,polarity,frequency,public
				SRA-1,Children placed locally,SRA-C,percent,higher_is_better,quarterly,yes
				SRA-2,Children in emergency placements,SRA-C,number,lower_is_better,quarterly,no
				SRB-1,Children placed locally,SRB-C,percent,higher_is_better,quarterly,no
				"""), file("scorecards.csv", """
				scorecard_code,scorecard_name,organisation_code,scorecard_kind,section,section_kind,indicator_code
				SRA-SC,Rules A children's scorecard,SRA-C,directorate,Placements,objective,SRA-1
				"""), file("risk-registers.csv", """
				code,name,kind,organisation_code,escalates_to
				SRA-CR,Rules A children's register,directorate,SRA-C,
				SRA-HR,Rules A housing register,directorate,SRA-H,
				SRB-CR,Rules B children's register,directorate,SRB-C,
				"""), file("risks.csv", """
				reference,register_code,kind,title
				SRA-R1,SRA-CR,risk,Too few foster carers
				SRA-R2,SRA-HR,risk,Too few foster carers for housing
				SRB-R1,SRB-CR,risk,Too few foster carers
				""")), TestUsers.SYSTEM);
	}

	@Test
	void aDirectoratesOfficerCannotTakeTheirDirectorateOutOfItsCouncil() {
		Actor children = held(Role.PERFORMANCE_OFFICER, "SRA-C");

		assertThatExceptionOfType(NotPermitted.class)
			.isThrownBy(() -> this.organisation.save(children,
					new UnitDefinition("SRA-C", "Rules A Children", OrganisationKind.COUNCIL, null)))
			.withMessageContaining("make Rules A Children a council of its own")
			.withMessageContaining("for every council");
		// (that a service sits below it is said too)
		assertThat(problems(children,
				file("organisation.csv", "code,name,kind,parent_code\nSRA-C,Rules A Children,council,\n")))
			.anySatisfy(p -> {
				assertThat(p.file()).isEqualTo("organisation.csv");
				assertThat(p.row()).isEqualTo(2);
				assertThat(p.column()).isEqualTo("parent_code");
				assertThat(p.message()).contains("make Rules A Children a council of its own");
			});
		assertThat(this.units.findByCode("SRA-C").orElseThrow().parentId()).isNotNull();
	}

	@Test
	void aUnitCannotChangeKindWhileUnitsBelowItNoLongerFit() {
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.organisation.save(TestUsers.SYSTEM,
					new UnitDefinition("SRA-C", "Rules A Children", OrganisationKind.SERVICE, "SRA-H")))
			.withMessageContaining("Rules A Fostering, a service, sits below it");
	}

	@Test
	void aScorecardShowsOnlyItsOwnCouncilsIndicators() {
		long unit = this.units.findByCode("SRA-C").orElseThrow().id();
		long theirs = this.indicators.findByCode("SRB-1").orElseThrow().id();

		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.scorecardManagement.save(TestUsers.SYSTEM,
					new Scorecard(null, "SRA-SC", "Rules A children's scorecard", unit, ScorecardKind.DIRECTORATE, null,
							List.of(new ScorecardSection("Placements", SectionKind.OBJECTIVE, List.of(theirs))))))
			.withMessageContaining("SRB-1 belongs to another council");
		// an officer who may see SRB-1, which is not for publication, is refused it for
		// its council
		Actor seeing = new Actor(null, "Rules tester",
				List.of(grant(Role.PERFORMANCE_OFFICER, "SRA"), grant(Role.RESTRICTED_READER, "SRB")));
		assertThat(problems(seeing, file("scorecards.csv", """
				scorecard_code,scorecard_name,organisation_code,scorecard_kind,section,section_kind,indicator_code
				SRA-SC,Rules A children's scorecard,SRA-C,directorate,Placements,objective,SRB-1
				"""))).anySatisfy(p -> {
			assertThat(p.column()).isEqualTo("indicator_code");
			assertThat(p.message()).contains("SRB-1 belongs to SRB");
		});
	}

	@Test
	void aRiskIsLinkedOnlyToItsOwnCouncilsIndicatorsAndObjectives() {
		long theirs = this.indicators.findByCode("SRB-1").orElseThrow().id();

		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.riskManagement.link(TestUsers.SYSTEM, new RiskReference("SRA-R1"),
					new RiskLinkTarget.Indicator(theirs, "SRB-1", null)))
			.withMessageContaining("only to its own council's indicators and objectives");
		assertThat(problems(TestUsers.SYSTEM, file("risk-links.csv", "reference,indicator_code\nSRA-R1,SRB-1\n")))
			.singleElement()
			.satisfies(p -> assertThat(p.message()).contains("only to its own council's indicators"));
	}

	@Test
	void bothSidesOfAMergeMustBeInThePersonsPartOfTheCouncil() {
		Actor children = held(Role.RISK_MANAGER, "SRA-C");
		int version = this.risks.findByReference("SRA-R1").orElseThrow().version();

		// the duplicate is theirs, the risk it would join is housing's
		assertThatExceptionOfType(NotPermitted.class)
			.isThrownBy(() -> this.riskManagement.merge(children,
					new RiskMerge(new RiskReference("SRA-R1"), version, new RiskReference("SRA-R2"), "The same risk")))
			.withMessageContaining("You cannot merge SRA-R1 into SRA-R2: it belongs to Rules A Housing");
		// and the other way round, before anything about the risk's state is said
		assertThatExceptionOfType(NotPermitted.class)
			.isThrownBy(() -> this.riskManagement.merge(children,
					new RiskMerge(new RiskReference("SRA-R2"), 999, new RiskReference("SRA-R1"), "The same risk")))
			.withMessageContaining("You cannot merge SRA-R2: it belongs to Rules A Housing");
		assertThat(this.risks.findByReference("SRA-R1").orElseThrow().isMerged()).isFalse();
	}

	@Test
	void aFigureAlreadyHeldIsNeverGivenAgain() {
		Indicator indicator = this.indicators.findByCode("SRA-1").orElseThrow();
		Measurement figure = new Measurement(null, indicator.id(), new FinancialQuarter(2025, 1),
				new FinancialQuarter(2025, 1), new BigDecimal("61"), null, null, false, false, null, Commentary.none(),
				null, null, 0);
		this.indicatorManagement.recordFigures(TestUsers.SYSTEM, List.of(figure));

		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.indicatorManagement.recordFigures(TestUsers.SYSTEM, List.of(figure)))
			.withMessageContaining("Beacon already holds SRA-1 for Q1 2025/26");
	}

	@Test
	void onlyARestrictedReaderOfItsUnitPublishesAnIndicatorNotForPublication() {
		Actor officer = held(Role.PERFORMANCE_OFFICER, "SRA");
		String publishing = """
				code,title,organisation_code,unit,polarity,frequency,public
				SRA-2,Children in emergency placements,SRA-C,number,lower_is_better,quarterly,yes
				""";

		// an officer who may not see it may neither publish nor change it, as on its page
		assertThat(problems(officer, file("indicators.csv", publishing))).singleElement()
			.satisfies(p -> assertThat(p.message()).contains("change SRA-2, which is not for publication")
				.contains("restricted reader"));
		Actor restrictedOfficer = new Actor(null, "Rules officer",
				List.of(grant(Role.PERFORMANCE_OFFICER, "SRA"), grant(Role.RESTRICTED_READER, "SRA-C")));
		// a file without the column leaves the indicator as it is
		this.csvImport.run(List.of(file("indicators.csv", """
				code,title,organisation_code,unit,polarity,frequency
				SRA-2,Children in emergency placements tonight,SRA-C,number,lower_is_better,quarterly
				""")), restrictedOfficer);
		assertThat(this.indicators.findByCode("SRA-2").orElseThrow().isPublic()).isFalse();

		this.csvImport.run(List.of(file("indicators.csv", publishing)), restrictedOfficer);
		assertThat(this.indicators.findByCode("SRA-2").orElseThrow().isPublic()).isTrue();
	}

	private List<ImportProblem> problems(Actor actor, ImportFile... files) {
		try {
			this.csvImport.run(List.of(files), actor);
		}
		catch (ImportFailedException ex) {
			return ex.problems();
		}
		throw new AssertionError("The import was expected to be refused");
	}

	private Actor held(Role role, String unitCode) {
		return new Actor(null, "Rules tester", List.of(grant(role, unitCode)));
	}

	private Grant grant(Role role, String unitCode) {
		var unit = this.units.findByCode(unitCode).orElseThrow();
		return new Grant(role, unit.id(), unit.name());
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
