package uk.beacon.identity;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationContext;

import uk.beacon.TestUsers;
import uk.beacon.access.Role;
import uk.beacon.collection.Collection;
import uk.beacon.collection.DataRequest;
import uk.beacon.collection.ReportingCycle;
import uk.beacon.collection.Submission;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.indicator.Indicators;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.risk.RiskManagement;
import uk.beacon.risk.RiskMove;
import uk.beacon.risk.RiskReference;
import uk.beacon.risk.Risks;
import uk.beacon.scorecard.Scorecards;

/**
 * Two small councils of their own for the tests of scope, so that refused and allowed
 * changes touch nothing another test reads. Council A ({@code SCA}) has a directorate, an
 * indicator with an owner, a scorecard, a corporate and a directorate register with risks
 * (one escalated), and an open quarter with submitted figures; council B ({@code SCB}) is
 * its neighbour. Each has a performance officer, a risk manager and an approver whose
 * roles are held over that council only.
 */
final class ScopeCouncils {

	static final FinancialQuarter QUARTER = new FinancialQuarter(2026, 2);

	final long councilA;

	final long indicatorA;

	final long scorecardA;

	final long ownerA;

	final ReportingCycle cycleA;

	final DataRequest submittedA;

	private ScopeCouncils(long councilA, long indicatorA, long scorecardA, long ownerA, ReportingCycle cycleA,
			DataRequest submittedA) {
		this.councilA = councilA;
		this.indicatorA = indicatorA;
		this.scorecardA = scorecardA;
		this.ownerA = ownerA;
		this.cycleA = cycleA;
		this.submittedA = submittedA;
	}

	static ScopeCouncils load(ApplicationContext context) {
		context.getBean(CsvImport.class)
			.run(List.of(file("organisation.csv", """
					code,name,kind,parent_code
					SCA,Scope Council A,council,
					SCA-D,Scope A Children's Services,directorate,SCA
					SCB,Scope Council B,council,
					SCB-D,Scope B Children's Services,directorate,SCB
					"""),
					file("indicators.csv",
							"""
									code,title,organisation_code,unit,polarity,frequency,owner,owner_email
									SCA-1,Children seen within a week,SCA-D,percent,higher_is_better,quarterly,Olive Owner,scope-owner-a@test.example
									SCB-1,Children seen within a week,SCB-D,percent,higher_is_better,quarterly,,
									"""),
					file("scorecards.csv",
							"""
									scorecard_code,scorecard_name,organisation_code,scorecard_kind,section,section_kind,indicator_code,current_period
									SCA-SC,Scope A scorecard,SCA,corporate,Children,objective,SCA-1,Q2 2026/27
									SCB-SC,Scope B scorecard,SCB,corporate,Children,objective,SCB-1,Q2 2026/27
									"""),
					file("risk-registers.csv", """
							code,name,kind,organisation_code,escalates_to
							SCA-CRR,Scope A corporate register,corporate,SCA,
							SCA-DRR,Scope A children's register,directorate,SCA-D,SCA-CRR
							SCB-CRR,Scope B corporate register,corporate,SCB,
							"""), file("risk-areas.csv", """
							code,council_code,title
							SCA-AREA,SCA,Scope A children's safeguarding
							"""), file("risks.csv", """
							reference,register_code,kind,title
							SCA-R1,SCA-DRR,risk,Too few foster carers
							SCA-R2,SCA-CRR,risk,Shortage of foster carers
							SCA-R4,SCA-DRR,risk,Rising placement costs
							SCB-R1,SCB-CRR,risk,Too few foster carers
							""")), TestUsers.SYSTEM);
		OrganisationUnits units = context.getBean(OrganisationUnits.class);
		context.getBean(RiskManagement.class)
			.escalate(TestUsers.SYSTEM, new RiskMove(new RiskReference("SCA-R4"),
					context.getBean(Risks.class).findByReference("SCA-R4").orElseThrow().version(), "Council-wide"));
		for (String council : List.of("SCA", "SCB")) {
			String lower = council.toLowerCase(java.util.Locale.ROOT);
			TestUsers.ensure(context, lower + "-officer", lower + "-officer@test.example", Role.PERFORMANCE_OFFICER,
					council);
			TestUsers.ensure(context, lower + "-risk", lower + "-risk@test.example", Role.RISK_MANAGER, council);
			TestUsers.ensure(context, lower + "-approver", lower + "-approver@test.example", Role.APPROVER, council);
		}
		Account owner = TestUsers.ensure(context, "sca-owner", "scope-owner-a@test.example", Role.INDICATOR_OWNER,
				"SCA-D");
		Collection collection = context.getBean(Collection.class);
		long councilA = units.findByCode("SCA").orElseThrow().id();
		ReportingCycle cycle = collection.open(viewer(context, "sca-officer"), councilA, QUARTER,
				LocalDate.now().plusDays(20));
		long indicatorA = context.getBean(Indicators.class).findByCode("SCA-1").orElseThrow().id();
		DataRequest request = collection.requestsOf(cycle)
			.stream()
			.filter(r -> r.indicator().id() == indicatorA)
			.findFirst()
			.orElseThrow();
		DataRequest submitted = collection.submit(viewer(context, "sca-owner"), request.id(),
				new Submission("91", "", "", null, null, null, null, request.version()));
		long scorecardA = context.getBean(Scorecards.class).idOf("SCA-SC").orElseThrow();
		return new ScopeCouncils(councilA, indicatorA, scorecardA, owner.id(), cycle, submitted);
	}

	static Viewer viewer(ApplicationContext context, String username) {
		Account account = context.getBean(Accounts.class).findByUsername(username).orElseThrow();
		return new Viewer(account.id(), account.username(), account.displayName(), account.email());
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
