package uk.beacon.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.beacon.access.Audience;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.risk.BandColour;
import uk.beacon.risk.RiskArea;
import uk.beacon.risk.RiskAreaRules;
import uk.beacon.risk.RiskAssessment;
import uk.beacon.risk.RiskAssessments;
import uk.beacon.risk.RiskFilter;
import uk.beacon.risk.RiskKind;
import uk.beacon.risk.RiskLevel;
import uk.beacon.risk.RiskRules;
import uk.beacon.risk.RiskStatus;
import uk.beacon.risk.RiskSummary;
import uk.beacon.risk.RiskViews;

/**
 * The council's risks by area at the end of a quarter, for Part A: every open risk on
 * every register of the council that the public may see, whichever directorate or project
 * entered it, counted under its area.
 */
@Component
class AreaRisks {

	private final RiskViews views;

	private final RiskAssessments assessments;

	private final OrganisationUnits units;

	AreaRisks(RiskViews views, RiskAssessments assessments, OrganisationUnits units) {
		this.views = views;
		this.assessments = assessments;
		this.units = units;
	}

	/**
	 * @return the section, or {@code null} when the council has no risk areas
	 */
	RiskAreaSection section(long councilId, FinancialQuarter period) {
		OrganisationUnit council = this.units.findById(councilId).orElseThrow();
		List<RiskArea> reported = this.views.areasOf(council).stream().filter(a -> a.reportedOn(period.end())).toList();
		if (reported.isEmpty()) {
			return null;
		}
		Map<Long, List<RiskAssessment>> histories = this.assessments.ofCouncil(councilId);
		Map<Long, List<Member>> byArea = new HashMap<>();
		long risks = 0;
		long red = 0;
		long inNoArea = 0;
		long redInNoArea = 0;
		for (RiskSummary summary : this.views.register(RiskFilter.none(), Audience.PUBLIC)) {
			if (summary.risk().kind() != RiskKind.RISK || summary.risk().status() != RiskStatus.OPEN
					|| this.views.councilOf(summary.register()).id() != councilId) {
				continue;
			}
			List<RiskAssessment> history = histories.getOrDefault(summary.risk().id(), List.of());
			Optional<RiskAssessment> latest = RiskRules.latestUpTo(history, period);
			RiskLevel level = latest.map(a -> RiskRules.level(a, summary.matrix())).orElse(null);
			Member member = new Member(
					new RiskAreaRules.Member(level, latest.map(RiskAssessment::rated).map(p -> p.score()).orElse(null)),
					RiskRules.redInLast12Months(history, summary.matrix(), period.end()));
			risks++;
			red += member.red() ? 1 : 0;
			RiskArea area = summary.area();
			if (area != null && area.reportedOn(period.end())) {
				byArea.computeIfAbsent(area.id(), id -> new ArrayList<>()).add(member);
			}
			else {
				inNoArea++;
				redInNoArea += member.red() ? 1 : 0;
			}
		}
		var matrix = this.views.matrixOfCouncil(council);
		List<AreaEntry> all = new ArrayList<>();
		for (RiskArea area : reported) {
			List<Member> members = byArea.getOrDefault(area.id(), List.of());
			RiskLevel workedOut = RiskAreaRules.highest(members.stream().map(Member::rated).toList()).orElse(null);
			RiskLevel set = (area.setLevel() != null) ? RiskRules.levelNamed(area.setLevel(), matrix) : null;
			RiskLevel shown = (set != null) ? set : workedOut;
			String workedOutName = (workedOut != null) ? workedOut.level() : "Not assessed";
			all.add(new AreaEntry(area.code(), area.title(), area.lead(), area.mitigations(),
					(shown != null) ? shown.level() : "Not assessed",
					((shown != null) ? shown.colour() : BandColour.GREY).name(),
					(set != null && !workedOutName.equalsIgnoreCase(set.level())) ? workedOutName : null,
					area.setLevelReason(), members.size(), members.stream().filter(Member::red).count(),
					RiskAreaRules.isNew(area, period), members.stream().anyMatch(Member::redInLast12Months)));
		}
		// the most severe first; a stable sort keeps areas of one colour in order of
		// title
		all.sort(Comparator.comparingInt((AreaEntry e) -> -BandColour.valueOf(e.colour()).severity()));
		List<AreaEntry> redAreas = all.stream().filter(e -> BandColour.valueOf(e.colour()).red()).toList();
		List<AreaEntry> amberRecentlyRed = all.stream()
			.filter(e -> BandColour.valueOf(e.colour()).rag() == BandColour.AMBER && e.redInLast12Months())
			.toList();
		List<AreaEntry> newAreas = all.stream()
			.filter(e -> e.isNew() && !BandColour.valueOf(e.colour()).red())
			.toList();
		return new RiskAreaSection(risks, red, inNoArea, redInNoArea, redAreas, amberRecentlyRed, newAreas, all);
	}

	/** A risk as it stood at the quarter's end. */
	private record Member(RiskAreaRules.Member rated, boolean redInLast12Months) {

		boolean red() {
			return this.rated.level() != null && this.rated.level().colour().red();
		}

	}

}
