package uk.beacon.indicator.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import uk.beacon.access.StaleChange;
import uk.beacon.identity.CurrentViewer;
import uk.beacon.indicator.ComparatorValue;
import uk.beacon.indicator.ComparatorValues;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.web.ApiMistakes;

/**
 * An indicator's comparator groups through the API: the same door and checks as its page
 * ({@code /indicators/{code}/comparators}).
 */
@RestController
@Tag(name = "Indicators", description = "An indicator's description and its targets")
class ComparatorsApi {

	/** A member's value in a comparator group. */
	record Member(@Schema(description = "the group's code, e.g. CIPFA-NN") String group,
			@Schema(description = "the group's name") String groupName,
			@Schema(description = "the period the value measures, e.g. 2024/25") String period,
			@Schema(description = "the member council's name") String member,
			@Schema(description = "its value, in the indicator's unit") String value,
			@Schema(description = "whether the member is the council itself") Boolean isCouncil, String source,
			@Schema(description = "the value as read, to correct or remove one; empty to add one") String seen) {

		static Member of(ComparatorValue v) {
			String figure = v.value().stripTrailingZeros().toPlainString();
			return new Member(v.groupCode(), v.groupName(), v.dataPeriod().label(), v.member(), figure, v.isCouncil(),
					v.source(), figure);
		}

		ComparatorForm form() {
			return new ComparatorForm(this.group, this.groupName, this.period, this.member, this.value,
					Boolean.TRUE.equals(this.isCouncil) ? "yes" : null, this.source, this.seen);
		}

	}

	private final KeptIndicators kept;

	private final ComparatorValues comparators;

	private final IndicatorManagement management;

	private final CurrentViewer viewer;

	ComparatorsApi(KeptIndicators kept, ComparatorValues comparators, IndicatorManagement management,
			CurrentViewer viewer) {
		this.kept = kept;
		this.comparators = comparators;
		this.management = management;
		this.viewer = viewer;
	}

	@GetMapping("/api/v1/indicators/{code}/comparators")
	@Operation(summary = "An indicator's comparator groups: each member's value by period and group")
	List<Member> list(@PathVariable String code) {
		Indicator indicator = this.kept.find(code, "record comparator values for " + code);
		return this.comparators.forIndicator(indicator.id()).stream().map(Member::of).toList();
	}

	@PutMapping("/api/v1/indicators/{code}/comparators")
	@Operation(summary = "Add a member's value to a comparator group, or correct the one held",
			description = "Send seen empty to add one; to correct one, the value as read. Refused (409) when "
					+ "someone else added, changed or removed it since.")
	List<Member> keep(@PathVariable String code, @RequestBody Member body) {
		Indicator indicator = this.kept.find(code, "record comparator values for " + code);
		BindingResult errors = new MapBindingResult(new HashMap<>(), "member");
		ComparatorForm form = body.form();
		ComparatorValue value = form.value(indicator.id(), errors);
		ApiMistakes.refuseIfAny(errors);
		this.management.keepComparatorValue(this.viewer.actor(), value, form.seenValue());
		return list(code);
	}

	@DeleteMapping("/api/v1/indicators/{code}/comparators")
	@Operation(summary = "Remove a member's value from a comparator group, as read",
			description = "Send group, period, member and seen (the value as read). Refused (409) when someone else "
					+ "changed or removed it since.")
	List<Member> remove(@PathVariable String code, @RequestBody Member body) {
		Indicator indicator = this.kept.find(code, "record comparator values for " + code);
		BigDecimal seen = body.form().seenValue();
		ComparatorValue held = this.comparators.forIndicator(indicator.id())
			.stream()
			.filter(v -> v.groupCode().equals(body.group()) && v.dataPeriod().label().equals(body.period())
					&& v.member().equals(body.member()))
			.findFirst()
			.filter(v -> seen != null && v.value().compareTo(seen) == 0)
			.orElseThrow(() -> new StaleChange("Beacon holds no such value as read for " + indicator.code()
					+ ": someone else may have changed or removed it. Read the values again."));
		this.management.removeComparatorValue(this.viewer.actor(), held);
		return list(code);
	}

}
