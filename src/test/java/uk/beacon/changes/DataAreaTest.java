package uk.beacon.changes;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each area's version counts: its own tables and those in no area, never another
 * area's.
 */
class DataAreaTest {

	@Test
	void noTableIsInTwoAreas() {
		Set<String> seen = new HashSet<>();
		for (DataArea area : DataArea.values()) {
			for (String table : area.tables()) {
				assertThat(seen.add(table)).as(table).isTrue();
			}
		}
	}

	@Test
	void anAreasVersionCountsItsOwnTablesAndThoseInNoArea() {
		DataVersion.State state = new DataVersion.State(10, "e",
				Map.of("measurement", 3L, "risk_assessment", 5L, "organisation_unit", 7L, "a_table_added_later", 11L),
				"");

		assertThat(state.of(Set.of(DataArea.PERFORMANCE))).isEqualTo(new DataVersion.Part(3 + 7 + 11, "e"));
		assertThat(state.of(Set.of(DataArea.RISKS))).isEqualTo(new DataVersion.Part(5 + 7 + 11, "e"));
		assertThat(state.of(DataArea.ALL)).isEqualTo(new DataVersion.Part(3 + 5 + 7 + 11, "e"));
		assertThat(state.of(Set.of())).isEqualTo(new DataVersion.Part(7 + 11, "e"));
	}

	@Test
	void aPartOfAnotherEpochSupersedesWhateverItsNumber() {
		assertThat(new DataVersion.Part(1, "restored").supersedes(new DataVersion.Part(9, "before"))).isTrue();
		assertThat(new DataVersion.Part(9, "e").supersedes(new DataVersion.Part(9, "e"))).isFalse();
		assertThat(new DataVersion.Part(8, "e").supersedes(new DataVersion.Part(9, "e"))).isFalse();
		assertThat(new DataVersion.Part(10, "e").supersedes(new DataVersion.Part(9, "e"))).isTrue();
	}

}
