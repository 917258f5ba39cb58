package uk.beacon.scorecard.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.validation.BindingResult;

import uk.beacon.indicator.Indicator;
import uk.beacon.scorecard.Scorecard;
import uk.beacon.scorecard.ScorecardSection;
import uk.beacon.scorecard.SectionKind;
import uk.beacon.scorecard.SectionLayout;
import uk.beacon.web.FormErrors;
import uk.beacon.web.TypedText;

/**
 * A scorecard's name and sections as a performance officer lays them out, kept as typed
 * when the form comes back with a mistake.
 *
 * @param name the scorecard's name
 * @param sections each section: existing ones first, then blank rows for new ones
 * @param seen what the scorecard was when the page was opened
 */
record ScorecardLayoutForm(String name, List<Row> sections, String seen) implements FormErrors.FieldIds {

	static final int BLANK_ROWS = 2;

	private static final Pattern ROW_FIELD = Pattern.compile("sections\\[(\\d+)\\]\\.(\\w+)");

	ScorecardLayoutForm {
		// a row number the page never sent is bound as no row: kept as an empty one
		sections = (sections != null) ? new ArrayList<>(
				sections.stream().map(r -> (r != null) ? r : new Row(null, null, null, null, null, null)).toList())
				: new ArrayList<>();
	}

	/**
	 * @param id the section's identity, blank for a new one
	 * @param title its title
	 * @param kind a {@link SectionKind} name
	 * @param position where it goes, a whole number; sections are shown in its order
	 * @param indicators the codes of its indicators in order, one a line
	 * @param remove "yes" to remove it
	 */
	record Row(String id, String title, String kind, String position, String indicators, String remove) {

		boolean isBlank() {
			return (this.id == null || this.id.isBlank()) && (this.title == null || this.title.isBlank())
					&& (this.indicators == null || this.indicators.isBlank());
		}

	}

	/** "sections[1].title" is the field with the id "title-1". */
	@Override
	public String idOf(String field) {
		Matcher row = ROW_FIELD.matcher(field);
		return row.matches() ? row.group(2) + "-" + row.group(1) : field;
	}

	static ScorecardLayoutForm of(Scorecard scorecard, List<Long> sectionIds, Map<Long, String> codes, String seen) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < scorecard.sections().size(); i++) {
			ScorecardSection section = scorecard.sections().get(i);
			rows.add(new Row(Long.toString(sectionIds.get(i)), section.title(), section.kind().name(),
					Integer.toString((i + 1) * 10),
					// an indicator the person may not see is not named
					String.join("\n",
							section.indicatorIds()
								.stream()
								.map(codes::get)
								.filter(java.util.Objects::nonNull)
								.toList()),
					null));
		}
		for (int i = 0; i < BLANK_ROWS; i++) {
			rows.add(new Row(null, null, SectionKind.OBJECTIVE.name(), null, null, null));
		}
		return new ScorecardLayoutForm(scorecard.name(), rows, seen);
	}

	/**
	 * @param byCode the council's indicators the person may see, by code
	 * @return the name and sections in order, or {@code null} when anything is wrong,
	 * each mistake beside its field
	 */
	List<SectionLayout> sections(Map<String, Indicator> byCode, BindingResult errors) {
		String name = text(this.name, "name", "The scorecard's name", errors);
		if (name == null && !errors.hasFieldErrors("name")) {
			FormErrors.reject(errors, "name", "Enter the scorecard's name");
		}
		List<SectionLayout> laidOut = new ArrayList<>();
		List<Integer> positions = new ArrayList<>();
		for (int i = 0; i < this.sections.size(); i++) {
			Row row = this.sections.get(i);
			if (row == null || row.isBlank() || "yes".equals(row.remove())) {
				continue;
			}
			String at = "sections[" + i + "].";
			String title = text(row.title(), at + "title", "The section's title", errors);
			if (title == null) {
				if (!errors.hasFieldErrors(at + "title")) {
					FormErrors.reject(errors, at + "title", "Enter the section's title, or tick it to be removed");
				}
				continue;
			}
			SectionKind kind;
			try {
				kind = SectionKind.valueOf((row.kind() != null) ? row.kind().strip() : "");
			}
			catch (IllegalArgumentException ex) {
				FormErrors.reject(errors, at + "kind", "Choose what kind of section " + title + " is");
				continue;
			}
			int position;
			try {
				position = (row.position() == null || row.position().isBlank()) ? 10_000 + i
						: Integer.parseInt(row.position().strip());
			}
			catch (NumberFormatException ex) {
				FormErrors.reject(errors, at + "position", "Enter where " + title + " goes as a whole number, like 20");
				continue;
			}
			Set<Long> ids = new LinkedHashSet<>();
			for (String code : (row.indicators() != null) ? row.indicators().split("[\\s,;]+") : new String[0]) {
				if (code.isBlank()) {
					continue;
				}
				Indicator indicator = byCode.get(code.strip());
				if (indicator == null) {
					FormErrors.reject(errors, at + "indicators", "There is no indicator " + printable(code)
							+ " of this council that you may see; give each code as the indicator's page shows it");
					break;
				}
				if (!ids.add(indicator.id())) {
					FormErrors.reject(errors, at + "indicators", code.strip() + " is in " + title + " twice");
					break;
				}
			}
			Long id = null;
			if (row.id() != null && !row.id().isBlank()) {
				try {
					id = Long.valueOf(row.id().strip());
				}
				catch (NumberFormatException ex) {
					errors.reject("stale",
							"Open the scorecard's layout again: this form does not say what it changes.");
					return null;
				}
			}
			laidOut.add(new SectionLayout(id, title, kind, List.copyOf(ids)));
			positions.add(position);
		}
		if (laidOut.isEmpty() && !errors.hasErrors()) {
			errors.reject("empty", "A scorecard needs at least one section");
		}
		if (errors.hasErrors()) {
			return null;
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < laidOut.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingInt(positions::get));
		return order.stream().map(laidOut::get).toList();
	}

	private static String text(String typed, String field, String what, BindingResult errors) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String text = typed.strip();
		if (TypedText.hasHiddenCharacters(text, false)) {
			FormErrors.reject(errors, field, what + " has a control or text-direction character in it; type it again");
			return null;
		}
		if (text.length() > 300) {
			FormErrors.reject(errors, field, what + " is " + text.length() + " characters; keep it to 300");
			return null;
		}
		return text;
	}

	private static String printable(String code) {
		String shown = code.strip().replaceAll("\\p{Cntrl}", "?");
		return (shown.length() > 40) ? shown.substring(0, 40) + "…" : shown;
	}

}
