package uk.beacon.risk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.validation.BindingResult;

import uk.beacon.risk.BandColour;
import uk.beacon.risk.RiskBand;
import uk.beacon.risk.RiskMatrix;
import uk.beacon.risk.ScoreWriting;
import uk.beacon.web.FormErrors;

/**
 * A council's matrix and bands as the person changes them, kept as typed when the form
 * comes back with a mistake or a preview.
 *
 * @param size the levels on each axis, 2 to 10
 * @param impact the impact words for a risk, index 0 is level 1
 * @param opportunityImpact the impact words for an opportunity; a blank one is the same
 * as the risk's
 * @param likelihood the likelihood words
 * @param bands the bands, including blank rows for new ones
 * @param fingerprint what the matrix was when the page was opened
 * @param previewed the {@link RiskMatrix#fingerprint()} of the matrix last previewed: a
 * matrix is saved only once its preview has been seen
 * @param writtenFirst the axis a score writes first, {@code impact} or
 * {@code likelihood}; {@code null} keeps the council's
 * @param impactName what the council calls the impact axis; {@code null} keeps its name
 * @param likelihoodName what it calls the likelihood axis; {@code null} keeps its name
 * @param rows the axis down the side of the council's matrix (the heat map's rows),
 * {@code impact} or {@code likelihood}; {@code null} keeps the council's
 */
record RiskMatrixForm(String size, List<String> impact, List<String> opportunityImpact, List<String> likelihood,
		List<Band> bands, String fingerprint, String previewed, String writtenFirst, String impactName,
		String likelihoodName, String rows) implements FormErrors.FieldIds {

	static final String IMPACT = "impact";

	static final String LIKELIHOOD = "likelihood";

	/** Blank rows offered for new bands. */
	static final int BLANK_BANDS = 2;

	static final int SMALLEST = 2;

	static final int LARGEST = 10;

	private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)\\](?:\\.(\\w+))?");

	RiskMatrixForm {
		impact = copy(impact);
		opportunityImpact = copy(opportunityImpact);
		likelihood = copy(likelihood);
		// a row number the page never sent is bound as no row: kept as an empty one
		bands = (bands != null)
				? new ArrayList<>(bands.stream().map(b -> (b != null) ? b : new Band(null, null, null, null)).toList())
				: new ArrayList<>();
	}

	/**
	 * One band as typed.
	 *
	 * @param colour a {@link BandColour} name
	 */
	record Band(String from, String to, String level, String colour) {

		boolean isBlank() {
			return blank(this.from) && blank(this.to) && blank(this.level);
		}

	}

	/**
	 * "impact[2]" is the field with the id "impact-2", "bands[1].level" "band-level-1".
	 */
	@Override
	public String idOf(String field) {
		if ("writtenFirst".equals(field)) {
			// the first radio, as the GOV.UK error summary links to
			return "written-impact";
		}
		if ("rows".equals(field)) {
			return "rows-impact";
		}
		Matcher indexed = INDEXED.matcher(field);
		if (!indexed.matches()) {
			return field;
		}
		return (indexed.group(3) != null) ? "band-" + indexed.group(3) + "-" + indexed.group(2)
				: indexed.group(1) + "-" + indexed.group(2);
	}

	static RiskMatrixForm of(RiskMatrix matrix) {
		List<Band> bands = new ArrayList<>();
		matrix.bands()
			.forEach(b -> bands.add(new Band(Integer.toString(b.fromScore()), Integer.toString(b.toScore()), b.level(),
					b.colour().name())));
		for (int i = 0; i < BLANK_BANDS; i++) {
			bands.add(new Band(null, null, null, null));
		}
		ScoreWriting writing = matrix.writing();
		return new RiskMatrixForm(Integer.toString(matrix.size()), matrix.impactLabels(),
				matrix.opportunityImpactLabels(), matrix.likelihoodLabels(), bands, matrix.fingerprint(), null,
				writing.likelihoodFirst() ? LIKELIHOOD : IMPACT, writing.impactName(), writing.likelihoodName(),
				writing.likelihoodOnRows() ? LIKELIHOOD : IMPACT);
	}

	/**
	 * The form as typed, compared with another matrix, or previewed.
	 */
	RiskMatrixForm with(String newFingerprint, String newPreviewed) {
		return new RiskMatrixForm(this.size, this.impact, this.opportunityImpact, this.likelihood, this.bands,
				newFingerprint, newPreviewed, this.writtenFirst, this.impactName, this.likelihoodName, this.rows);
	}

	/**
	 * Whether only bands were sent, as the API may: the scales and writing stay as they
	 * are.
	 */
	boolean bandsOnly() {
		return blank(this.size) && this.impact.isEmpty() && this.likelihood.isEmpty()
				&& this.opportunityImpact.isEmpty();
	}

	/** The number of levels asked for, or {@code null} when it is not one of 2 to 10. */
	Integer levels() {
		try {
			int levels = Integer.parseInt(this.size.strip());
			return (levels >= SMALLEST && levels <= LARGEST) ? levels : null;
		}
		catch (NumberFormatException | NullPointerException ex) {
			return null;
		}
	}

	/**
	 * The form with a row of words for each of the asked-for number of levels: the
	 * highest dropped, or empty ones added to be filled in, and empty band rows for the
	 * new scores. The same form when the number is unchanged or not one of 2 to 10.
	 */
	RiskMatrixForm resized() {
		Integer levels = levels();
		if (levels == null || (this.impact.size() == levels && this.likelihood.size() == levels
				&& this.opportunityImpact.size() == levels)) {
			return this;
		}
		List<Band> kept = new ArrayList<>(this.bands.stream().filter(b -> b != null && !b.isBlank()).toList());
		for (int i = 0; i < BLANK_BANDS; i++) {
			kept.add(new Band(null, null, null, null));
		}
		return new RiskMatrixForm(this.size, sized(this.impact, levels), sized(this.opportunityImpact, levels),
				sized(this.likelihood, levels), kept, this.fingerprint, null, this.writtenFirst, this.impactName,
				this.likelihoodName, this.rows);
	}

	/**
	 * @param current the council's matrix now, whose scales a form of bands alone keeps,
	 * and whose writing a form that leaves it out keeps
	 * @return the matrix, or {@code null} when anything in the form is wrong, each
	 * mistake beside its field or, when it is about the bands together (a score no band
	 * covers), at the top
	 */
	RiskMatrix matrix(BindingResult errors, RiskMatrix current) {
		if (blank(this.fingerprint)) {
			errors.reject("stale", "Open the risk matrix page again: this form does not say what it changes.");
			return null;
		}
		ScoreWriting writing = writing(current.writing(), errors);
		if (bandsOnly()) {
			List<RiskBand> bands = bands(errors);
			if (errors.hasErrors()) {
				return null;
			}
			try {
				return new RiskMatrix(current.size(), current.impactLabels(), current.opportunityImpactLabels(),
						current.likelihoodLabels(), bands, writing);
			}
			catch (IllegalArgumentException ex) {
				errors.reject("bands", ex.getMessage());
				return null;
			}
		}
		Integer levels = levels();
		if (levels == null) {
			FormErrors.reject(errors, "size", "Choose from " + SMALLEST + " to " + LARGEST + " levels on each axis");
			return null;
		}
		if (this.impact.size() != levels || this.likelihood.size() != levels
				|| this.opportunityImpact.size() > levels) {
			FormErrors.reject(errors, "size", "Give a word for each of the " + levels + " levels on each axis");
			return null;
		}
		List<String> impact = labels(this.impact, "impact", "impact", errors);
		List<String> opportunity = new ArrayList<>();
		List<Boolean> typedForOpportunity = new ArrayList<>();
		for (int level = 0; level < levels; level++) {
			String typed = (level < this.opportunityImpact.size()) ? this.opportunityImpact.get(level) : null;
			opportunity.add(blank(typed) ? this.impact.get(level) : typed);
			typedForOpportunity.add(!blank(typed));
		}
		// a word left blank is the risk's, whose mistakes are said beside it already
		List<String> problems = RiskMatrix.labelProblems(opportunity, "opportunity impact");
		for (int level = 0; level < levels; level++) {
			if (problems.get(level) != null && typedForOpportunity.get(level)) {
				FormErrors.reject(errors, "opportunityImpact[" + level + "]", problems.get(level));
			}
		}
		List<String> likelihood = labels(this.likelihood, "likelihood", "likelihood", errors);
		List<RiskBand> bands = bands(errors);
		if (errors.hasErrors()) {
			return null;
		}
		try {
			return new RiskMatrix(levels, impact, opportunity, likelihood, bands, writing);
		}
		catch (IllegalArgumentException ex) {
			errors.reject("bands", ex.getMessage());
			return null;
		}
	}

	/**
	 * How scores are to be written: as typed, and as the council writes them now where
	 * the form leaves it out. A mistake is said beside its field.
	 */
	private ScoreWriting writing(ScoreWriting current, BindingResult errors) {
		boolean likelihoodFirst = current.likelihoodFirst();
		if (!blank(this.writtenFirst)) {
			String first = this.writtenFirst.strip().toLowerCase(Locale.ROOT);
			if (!first.equals(IMPACT) && !first.equals(LIKELIHOOD)) {
				FormErrors.reject(errors, "writtenFirst", "Choose which axis a score writes first");
				return current;
			}
			likelihoodFirst = first.equals(LIKELIHOOD);
		}
		boolean likelihoodOnRows = current.likelihoodOnRows();
		if (!blank(this.rows)) {
			String down = this.rows.strip().toLowerCase(Locale.ROOT);
			if (!down.equals(IMPACT) && !down.equals(LIKELIHOOD)) {
				FormErrors.reject(errors, "rows", "Choose which axis runs down the side of the matrix");
				return current;
			}
			likelihoodOnRows = down.equals(LIKELIHOOD);
		}
		String impactAxis = (this.impactName != null) ? this.impactName : current.impactName();
		String likelihoodAxis = (this.likelihoodName != null) ? this.likelihoodName : current.likelihoodName();
		String impactProblem = ScoreWriting.nameProblem(impactAxis, IMPACT);
		String likelihoodProblem = ScoreWriting.nameProblem(likelihoodAxis, LIKELIHOOD);
		if (impactProblem != null || likelihoodProblem != null) {
			if (impactProblem != null) {
				FormErrors.reject(errors, "impactName", impactProblem);
			}
			if (likelihoodProblem != null) {
				FormErrors.reject(errors, "likelihoodName", likelihoodProblem);
			}
			return current;
		}
		try {
			return new ScoreWriting(likelihoodFirst, impactAxis, likelihoodAxis, likelihoodOnRows);
		}
		catch (IllegalArgumentException ex) {
			FormErrors.reject(errors, "likelihoodName", ex.getMessage());
			return current;
		}
	}

	private static List<String> labels(List<String> typed, String axis, String field, BindingResult errors) {
		List<String> problems = RiskMatrix.labelProblems(typed, axis);
		for (int level = 0; level < problems.size(); level++) {
			if (problems.get(level) != null) {
				FormErrors.reject(errors, field + "[" + level + "]", problems.get(level));
			}
		}
		return typed;
	}

	private List<RiskBand> bands(BindingResult errors) {
		List<RiskBand> bands = new ArrayList<>();
		for (int i = 0; i < this.bands.size(); i++) {
			Band row = this.bands.get(i);
			if (row == null || row.isBlank()) {
				continue;
			}
			String at = "bands[" + i + "].";
			Integer from = score(row.from(), at + "from", "the lowest score of band " + (i + 1), errors);
			Integer to = score(row.to(), at + "to", "the highest score of band " + (i + 1), errors);
			if (blank(row.level())) {
				FormErrors.reject(errors, at + "level", "Name the level of band " + (i + 1) + ", such as Red or High");
				continue;
			}
			BandColour colour = colour(row.colour());
			if (colour == null) {
				FormErrors.reject(errors, at + "colour", "Choose the colour of band " + (i + 1));
				continue;
			}
			if (from == null || to == null) {
				continue;
			}
			if (from < 1) {
				FormErrors.reject(errors, at + "from", "Start band " + (i + 1) + " at a score of 1 or more");
			}
			else if (to < from) {
				FormErrors.reject(errors, at + "to", "Band " + (i + 1) + " ends at " + to + ", below its lowest score "
						+ from + "; give a highest score of " + from + " or more");
			}
			else {
				try {
					RiskBand band = new RiskBand(from, to, row.level(), colour);
					if (bands.stream().anyMatch(b -> b.level().equalsIgnoreCase(band.level()))) {
						FormErrors.reject(errors, at + "level", "Band " + (i + 1) + " is named " + band.level()
								+ " like another band; give each band its own level name");
						continue;
					}
					bands.add(band);
				}
				catch (IllegalArgumentException ex) {
					// what is left to be wrong is the level's name
					FormErrors.reject(errors, at + "level", ex.getMessage());
				}
			}
		}
		return bands;
	}

	private static Integer score(String typed, String field, String which, BindingResult errors) {
		if (blank(typed)) {
			FormErrors.reject(errors, field, "Enter " + which);
			return null;
		}
		try {
			return Integer.valueOf(typed.strip());
		}
		catch (NumberFormatException ex) {
			FormErrors.reject(errors, field, "Enter " + which + " as a whole number, like 12");
			return null;
		}
	}

	private static BandColour colour(String typed) {
		if (blank(typed)) {
			return null;
		}
		try {
			return BandColour.valueOf(typed.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static List<String> sized(List<String> labels, int levels) {
		List<String> sized = new ArrayList<>(labels.subList(0, Math.min(levels, labels.size())));
		while (sized.size() < levels) {
			sized.add(null);
		}
		return sized;
	}

	private static List<String> copy(List<String> labels) {
		return (labels != null) ? new ArrayList<>(labels) : new ArrayList<>();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
