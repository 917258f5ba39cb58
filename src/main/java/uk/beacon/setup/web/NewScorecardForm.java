package uk.beacon.setup.web;

import java.util.List;

import org.springframework.validation.BindingResult;

import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.PeriodKind;
import uk.beacon.period.Periods;
import uk.beacon.scorecard.Scorecard;
import uk.beacon.scorecard.ScorecardKind;
import uk.beacon.scorecard.ScorecardSection;
import uk.beacon.scorecard.SectionKind;
import uk.beacon.web.FormErrors;
import uk.beacon.web.TypedText;

/**
 * A new scorecard with its first section, as an officer types it; its indicators and
 * further sections are laid out on its layout page.
 *
 * @param unit the code of the unit it reports on
 * @param period the quarter it opens at, blank for the latest with figures
 */
record NewScorecardForm(String code, String name, String unit, String kind, String section, String sectionKind,
		String period) {

	static NewScorecardForm blank(String unit) {
		return new NewScorecardForm(null, null, unit, null, null, "OBJECTIVE", null);
	}

	/**
	 * @return the scorecard, or {@code null} with each mistake beside its field
	 */
	Scorecard scorecard(List<OrganisationUnit> units, BindingResult errors) {
		// in the order the page asks, so that the summary reads as the page does
		String named = line(this.name, "name", "Enter the scorecard's name, like Corporate scorecard 2026/27", errors);
		String coded = Codes.read(this.code);
		if (coded == null) {
			FormErrors.reject(errors, "code", Codes.RULE);
		}
		OrganisationUnit reports = units.stream().filter(u -> u.code().equals(this.unit)).findFirst().orElse(null);
		if (reports == null) {
			FormErrors.reject(errors, "unit", "Choose the part of the council it reports on");
		}
		ScorecardKind chosen = null;
		for (ScorecardKind k : ScorecardKind.values()) {
			if (k.name().equals(this.kind)) {
				chosen = k;
			}
		}
		if (chosen == null) {
			FormErrors.reject(errors, "kind",
					"Choose whether it is the corporate, a directorate's or a service's scorecard");
		}
		SectionKind sectionAs = null;
		for (SectionKind k : SectionKind.values()) {
			if (k.name().equals(this.sectionKind)) {
				sectionAs = k;
			}
		}
		if (sectionAs == null) {
			FormErrors.reject(errors, "sectionKind", "Choose what its sections are");
		}
		String first = line(this.section, "section",
				"Enter the title of its first section, like Children and young people", errors);
		FinancialQuarter opens = null;
		if (this.period != null && !this.period.isBlank()) {
			try {
				opens = (FinancialQuarter) Periods.parse(this.period.strip(), PeriodKind.FINANCIAL_QUARTER);
			}
			catch (RuntimeException ex) {
				FormErrors.reject(errors, "period",
						"Enter the quarter it opens at, like Q1 2026/27, or leave it empty");
			}
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new Scorecard(null, coded, named, reports.id(), chosen, opens,
				List.of(new ScorecardSection(first, sectionAs, List.of())));
	}

	private static String line(String typed, String field, String rule, BindingResult errors) {
		String text = (typed != null) ? typed.strip() : "";
		if (text.isEmpty() || text.length() > 200 || TypedText.hasHiddenCharacters(text, false)) {
			FormErrors.reject(errors, field, rule + " (up to 200 characters, on one line)");
			return null;
		}
		return text;
	}

}
