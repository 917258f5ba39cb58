package uk.beacon.changes;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail records, for an edit, only the fields that changed, as each was before
 * and after; an edit that changes nothing records nothing.
 */
class FieldsTest {

	@Test
	void anEditRecordsOnlyTheFieldsThatChanged() {
		Fields before = Fields.of("title", "Children in care", "unit", "Rate per 10,000", "owner", null);
		Fields after = Fields.of("title", "Looked-after children", "unit", "Rate per 10,000", "owner", "Jane Smith");

		Change change = Change.edited("Ann (ann)", "INDICATOR_CHANGED", "INDICATOR", "WCC-LAC", before, after)
			.orElseThrow();

		assertThat(change.before()).isEqualTo("title: Children in care\nowner: (none)");
		assertThat(change.after()).isEqualTo("title: Looked-after children\nowner: Jane Smith");
		assertThat(change.subject()).isEqualTo("WCC-LAC");
	}

	@Test
	void anEditThatChangesNothingRecordsNothing() {
		Fields same = Fields.of("value", new BigDecimal("58.0"), "note", "");

		assertThat(Change.edited("Ann (ann)", "INDICATOR_CHANGED", "INDICATOR", "WCC-LAC", same,
				Fields.of("value", new BigDecimal("58.0"), "note", null)))
			.isEmpty();
	}

	@Test
	void somethingNewRecordsEveryFieldItWasGivenAndAReasonWhereOneWasGiven() {
		Change added = Change.added("Ann (ann)", "TARGET_SET", "TARGET", "WCC-LAC",
				Fields.of("applies", "from Q1 2019/20", "target", new BigDecimal("75.50"), "note", null));

		assertThat(added.before()).isNull();
		assertThat(added.after()).isEqualTo("applies: from Q1 2019/20\ntarget: 75.50");
		assertThat(added.because("Agreed by Cabinet").reason()).isEqualTo("Agreed by Cabinet");
	}

	@Test
	void theGivenFieldsWrittenStraightIntoABufferReadAsTheFieldsGivenDo() {
		Object[][] things = { { "applies", "from Q1 2019/20", "target", new BigDecimal("75.50"), "note", null },
				{ "value", null, "note", " ", "as printed", "(none)", "numerator", new BigDecimal("1E+3") },
				{ "commentary", "Up, as \"planned\"\nsecond line", "status", 3 }, { "value", "" } };
		Fields.Given given = new Fields.Given();

		for (Object[] thing : things) {
			given.clear();
			for (int i = 0; i < thing.length; i += 2) {
				given.add((String) thing[i], thing[i + 1]);
			}
			assertThat(given.text()).isEqualTo(Fields.of(thing).given().text());
		}
		assertThat(given.clear().add("value", "58").add("note", "Late").text()).isEqualTo("value: 58\nnote: Late");
	}

	@Test
	void manyThingsInOneBufferEachReadAsItsOwnFieldsGivenABlankLineApart() {
		Object[][] things = { { "data period", "Apr 2019", "value", new BigDecimal("1"), "note", null },
				{ "data period", "May 2019", "value", null, "as printed", "(none)" },
				{ "data period", "Jun 2019", "commentary", "Up\nsecond line" } };
		Fields.Given given = new Fields.Given().clear();
		StringBuilder expected = new StringBuilder();

		for (Object[] thing : things) {
			given.next();
			for (int i = 0; i < thing.length; i += 2) {
				given.add((String) thing[i], thing[i + 1]);
			}
			expected.append(expected.isEmpty() ? "" : "\n\n").append(Fields.of(thing).given().text());
		}
		assertThat(given.text()).isEqualTo(expected.toString())
			.isEqualTo("data period: Apr 2019\nvalue: 1\n\ndata period: May 2019\n\ndata period: Jun 2019\n"
					+ "commentary: Up\nsecond line");
		// cleared, the next thing starts the text afresh, with no blank line before it
		assertThat(given.clear().next().add("value", "58").text()).isEqualTo("value: 58");
	}

}
