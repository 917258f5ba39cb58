package uk.beacon.imports;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.beacon.access.Actor;
import uk.beacon.indicator.Indicators;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.risk.Risk;
import uk.beacon.risk.RiskAreas;
import uk.beacon.risk.RiskAssessments;
import uk.beacon.risk.RiskLinks;
import uk.beacon.risk.RiskManagement;
import uk.beacon.risk.RiskMatrices;
import uk.beacon.risk.RiskMatrix;
import uk.beacon.risk.RiskPosition;
import uk.beacon.risk.RiskRegister;
import uk.beacon.risk.RiskLinkTarget;
import uk.beacon.risk.RiskReference;
import uk.beacon.risk.RiskRegisters;
import uk.beacon.risk.Risks;
import uk.beacon.scorecard.Scorecards;

/**
 * The risk files of an import: read and checked with the rest, saved only when nothing is
 * wrong.
 */
@Component
class RiskImport {

	/** Everything the risk files of one import would save. */
	record Plan(Map<String, RiskMatrix> matrices, List<RiskRegisterRows.Draft> registers,
			List<RiskAreaRows.Draft> areas, List<RiskEntryRows.Draft> risks, List<RiskAssessmentRows.Draft> assessments,
			List<RiskTreatmentRows.Control> controls, List<RiskTreatmentRows.Action> actions,
			List<RiskLinkRows.Link> links) {

		/** Tells each thing the risk files add, in words, by the file it is in. */
		void describe(java.util.function.BiConsumer<FileKind, String> added) {
			this.matrices.keySet().forEach(council -> added.accept(FileKind.RISK_MATRIX, "the matrix of " + council));
			this.registers.forEach(r -> added.accept(FileKind.RISK_REGISTERS, r.code() + " (" + r.name() + ")"));
			this.areas.forEach(a -> added.accept(FileKind.RISK_AREAS, a.area().code() + " (" + a.area().title() + ")"));
			this.risks.forEach(r -> added.accept(FileKind.RISKS, r.risk().reference() + " (" + r.risk().title() + ")"));
			this.assessments.forEach(a -> added.accept(FileKind.RISK_ASSESSMENTS,
					a.reference() + " assessed on " + a.assessment().assessedOn()));
			this.controls.forEach(c -> added.accept(FileKind.RISK_CONTROLS, "a control of " + c.reference()));
			this.actions.forEach(a -> added.accept(FileKind.RISK_ACTIONS, "an action of " + a.reference()));
			this.links.forEach(l -> added.accept(FileKind.RISK_LINKS, l.reference() + " linked to "
					+ ((l.indicatorCode() != null) ? l.indicatorCode() : l.scorecardCode() + ": " + l.section())));
		}

	}

	private final Risks risks;

	private final RiskRegisters registers;

	private final RiskMatrices matrices;

	private final RiskAssessments assessments;

	private final RiskLinks links;

	private final RiskManagement management;

	private final OrganisationUnits units;

	private final Indicators indicators;

	private final Scorecards scorecards;

	private final java.time.Clock clock;

	private final RiskAreas areas;

	RiskImport(Risks risks, RiskRegisters registers, RiskMatrices matrices, RiskAssessments assessments,
			RiskLinks links, RiskManagement management, OrganisationUnits units, Indicators indicators,
			Scorecards scorecards, RiskAreas areas, java.time.Clock clock) {
		this.areas = areas;
		this.clock = clock;
		this.risks = risks;
		this.registers = registers;
		this.matrices = matrices;
		this.assessments = assessments;
		this.links = links;
		this.management = management;
		this.units = units;
		this.indicators = indicators;
		this.scorecards = scorecards;
	}

	Plan read(Map<FileKind, CsvTable> tables, ImportContext base, List<ScorecardRows.Draft> scorecardDrafts) {
		RiskContext context = new RiskContext(base, this.risks, this.registers, this.matrices, this.units,
				this.scorecards, this.areas);
		scorecardDrafts.forEach(d -> context.scorecardSections.put(d.code, List.copyOf(d.sectionIndicators.keySet())));
		scorecardDrafts.forEach(d -> context.scorecardUnits.put(d.code, d.organisationCode));
		scorecardDrafts.forEach(d -> checkLinkedSectionsKept(d, base));
		CsvTable none = CsvTable.empty();
		Map<String, RiskMatrix> newMatrices = RiskMatrixRows.read(tables.getOrDefault(FileKind.RISK_MATRIX, none),
				tables.getOrDefault(FileKind.RISK_BANDS, none), base,
				// a council new in this import has the standard matrix until it is given
				// one
				council -> Optional.of(this.units.findByCode(council)
					.map(unit -> this.matrices.forCouncil(unit.id()))
					.orElseGet(RiskMatrix::standard)));
		context.matrices.putAll(newMatrices);
		newMatrices.forEach((council, matrix) -> checkStillFits(council, matrix, base));
		var registerDrafts = RiskRegisterRows.read(tables.getOrDefault(FileKind.RISK_REGISTERS, none), context);
		var areaDrafts = RiskAreaRows.read(tables.getOrDefault(FileKind.RISK_AREAS, none), context,
				java.time.LocalDate.now(this.clock));
		var riskDrafts = RiskEntryRows.read(tables.getOrDefault(FileKind.RISKS, none), context);
		var assessmentDrafts = RiskAssessmentRows.read(tables.getOrDefault(FileKind.RISK_ASSESSMENTS, none), context,
				java.time.LocalDate.now(this.clock));
		for (RiskAssessmentRows.Draft draft : assessmentDrafts) {
			context.savedRisk(draft.reference())
				.filter(r -> this.assessments.exists(r.id(), draft.assessment().assessedOn()))
				.ifPresent(r -> base.problems.add(FileKind.RISK_ASSESSMENTS.fileName(), draft.row(), "assessed_on",
						"Beacon already holds an assessment of " + draft.reference() + " on that date."));
		}
		return new Plan(newMatrices, registerDrafts, areaDrafts, riskDrafts, assessmentDrafts,
				RiskTreatmentRows.controls(tables.getOrDefault(FileKind.RISK_CONTROLS, none), context),
				RiskTreatmentRows.actions(tables.getOrDefault(FileKind.RISK_ACTIONS, none), context),
				RiskLinkRows.read(tables.getOrDefault(FileKind.RISK_LINKS, none), context));
	}

	void write(Plan plan, Actor actor) {
		plan.matrices()
			.forEach((council, matrix) -> this.management.setMatrix(actor, this.units.findByCode(council).orElseThrow(),
					matrix));
		for (RiskRegisterRows.Draft draft : plan.registers()) {
			Long escalatesTo = (draft.escalatesTo() != null)
					? this.registers.findByCode(draft.escalatesTo()).orElseThrow().id() : null;
			this.management.saveRegister(actor, new RiskRegister(null, draft.code(), draft.name(), draft.kind(),
					this.units.findByCode(draft.organisationCode()).orElseThrow().id(), escalatesTo));
		}
		plan.areas()
			.forEach(a -> this.management.saveArea(actor, this.units.findByCode(a.councilCode()).orElseThrow(),
					a.area()));
		for (RiskEntryRows.Draft draft : plan.risks()) {
			Risk r = draft.risk();
			Long area = (draft.areaCode() != null) ? this.areas.findByCode(draft.areaCode()).orElseThrow().id() : null;
			this.management.addRisk(actor,
					new Risk(null, r.reference(), this.registers.findByCode(draft.registerCode()).orElseThrow().id(),
							r.kind(), r.title(), r.description(), r.category(), r.consequences(), r.owner(),
							r.ownerEmail(), r.reviewMonths(), r.nextReview(), r.status(), r.response(), r.restricted(),
							r.restrictedFields(), r.directionAsPrinted(), r.note(), null, area, 0));
		}
		plan.assessments()
			.forEach(a -> this.management.recordAssessment(actor, new RiskReference(a.reference()), a.assessment()));
		plan.controls().forEach(c -> this.management.addControl(actor, new RiskReference(c.reference()), c.control()));
		plan.actions().forEach(a -> this.management.addAction(actor, new RiskReference(a.reference()), a.action()));
		for (RiskLinkRows.Link link : plan.links()) {
			RiskReference reference = new RiskReference(link.reference());
			this.management.link(actor, reference, (link.indicatorCode() != null)
					? new RiskLinkTarget.Indicator(this.indicators.findByCode(link.indicatorCode()).orElseThrow().id(),
							link.indicatorCode(), link.note())
					: new RiskLinkTarget.Objective(
							this.scorecards.sectionId(link.scorecardCode(), link.section()).orElseThrow(),
							link.scorecardCode() + ": " + link.section(), link.note()));
		}
	}

	// a section a risk is linked to cannot silently disappear from a re-imported
	// scorecard
	private void checkLinkedSectionsKept(ScorecardRows.Draft draft, ImportContext base) {
		for (String title : this.scorecards.sectionTitles(draft.code)) {
			if (!draft.sectionIndicators.containsKey(title)) {
				this.scorecards.sectionId(draft.code, title)
					.filter(id -> !this.links.toSection(id).isEmpty())
					.ifPresent(id -> base.problems.add(FileKind.SCORECARDS.fileName(), 0, "section", "the section \""
							+ title + "\" of " + draft.code
							+ " has risks linked to it, so it cannot be left out; keep it or unlink the risks first."));
			}
		}
	}

	private void checkStillFits(String councilCode, RiskMatrix matrix, ImportContext base) {
		this.units.findByCode(councilCode).map(OrganisationUnit::id).ifPresent(id -> {
			for (RiskPosition position : this.assessments.positionsOfCouncil(id)) {
				if (!matrix.fits(position)) {
					base.problems.add(FileKind.RISK_MATRIX.fileName(), 0, null,
							"the new matrix of " + councilCode + " does not fit an assessment already held (score "
									+ position.score() + "); change that assessment first.");
					return;
				}
			}
		});
	}

}
