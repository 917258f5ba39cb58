package uk.beacon.web;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagingTest {

	private static final String LIST = "/dashboard/BIG?status=RED";

	@Test
	void showsTheLinesOfThePageAskedForAndSaysWhichTheyAre() {
		List<Integer> lines = IntStream.rangeClosed(1, 2000).boxed().toList();
		Paging paging = Paging.of(3, 2000, LIST, "indicators");

		assertThat(paging.pages()).isEqualTo(20);
		assertThat(paging.of(lines)).hasSize(100).startsWith(201).endsWith(300);
		assertThat(paging.showing()).isEqualTo("Showing 201 to 300 of 2,000.");
		assertThat(paging.ofPages()).isEqualTo(" (page 3 of 20)");
	}

	@Test
	void theFirstPageIsTheListsOwnAddressAndTheOthersKeepItsFilters() {
		Paging paging = Paging.of(2, 250, LIST, "indicators");

		assertThat(paging.previous()).isEqualTo("/dashboard/BIG?status=RED#indicators");
		assertThat(paging.next()).isEqualTo("/dashboard/BIG?status=RED&page=3#indicators");
		assertThat(Paging.of(1, 250, "/data-quality", "").href(2)).isEqualTo("/data-quality?page=2");
		assertThat(Paging.of(3, 250, LIST, "indicators").next()).isNull();
		assertThat(Paging.of(1, 250, LIST, "indicators").previous()).isNull();
	}

	@Test
	void linksTheFirstAndLastPagesThoseBesideTheOneShownAndAnEllipsisForEachGap() {
		assertThat(numbers(Paging.of(10, 2000, LIST, ""))).containsExactly(1, null, 9, 10, 11, null, 20);
		assertThat(numbers(Paging.of(1, 2000, LIST, ""))).containsExactly(1, 2, null, 20);
		assertThat(numbers(Paging.of(20, 2000, LIST, ""))).containsExactly(1, null, 19, 20);
		// a gap of one page is the page, not an ellipsis
		assertThat(numbers(Paging.of(4, 2000, LIST, ""))).containsExactly(1, 2, 3, 4, 5, null, 20);
		assertThat(numbers(Paging.of(2, 300, LIST, ""))).containsExactly(1, 2, 3);
		assertThat(Paging.of(10, 2000, LIST, "").items()).filteredOn(Paging.Item::current)
			.extracting(Paging.Item::number)
			.containsExactly(10);
	}

	@Test
	void aListThatFitsOnOnePageHasNoPagination() {
		assertThat(Paging.of(1, 100, LIST, "").paged()).isFalse();
		assertThat(Paging.of(1, 100, LIST, "").ofPages()).isEmpty();
		assertThat(Paging.of(1, 0, LIST, "").of(List.of())).isEmpty();
		assertThat(Paging.of(1, 0, LIST, "").pages()).isEqualTo(1);
		assertThat(Paging.of(1, 101, LIST, "").paged()).isTrue();
	}

	@Test
	void aPageNumberIsAWholeNumberFromOneAndNothingElse() {
		assertThat(Paging.requested(Optional.empty())).isEqualTo(1);
		assertThat(Paging.requested(Optional.of(""))).isEqualTo(1);
		assertThat(Paging.requested(Optional.of("7"))).isEqualTo(7);
		assertThat(Paging.requested(Optional.of("007"))).isEqualTo(7);
		assertThat(Paging.requested(Optional.of("99999999999999999999"))).isEqualTo(Integer.MAX_VALUE);
		assertThatThrownBy(() -> Paging.requested(Optional.of("two"))).isInstanceOf(Paging.NotAPage.class)
			.hasMessage("“two” is not a page number: pages are numbered 1, 2, 3 and so on.");
		assertThatThrownBy(() -> Paging.requested(Optional.of("-1"))).isInstanceOf(Paging.NotAPage.class);
		assertThatThrownBy(() -> Paging.requested(Optional.of("0"))).isInstanceOf(Paging.NotAPage.class)
			.hasMessage("There is no page 0: pages are numbered from 1.");
		assertThatThrownBy(() -> Paging.requested(Optional.of("1.5"))).isInstanceOf(Paging.NotAPage.class);
	}

	@Test
	void aPagePastTheLastIsSaidToBeSoAndLeadsNowhereFurther() {
		Paging paging = Paging.of(Integer.MAX_VALUE, 250, LIST, "indicators");

		assertThat(paging.beyondTheLast()).isTrue();
		assertThat(paging.next()).isNull();
		assertThat(paging.href(paging.pages())).isEqualTo("/dashboard/BIG?status=RED&page=3#indicators");
		assertThat(Paging.of(3, 250, LIST, "").beyondTheLast()).isFalse();
	}

	@Property
	void everyLineIsOnExactlyOnePageInOrder(@ForAll @IntRange(max = 5000) int total) {
		List<Integer> lines = IntStream.range(0, total).boxed().toList();
		int pages = Paging.of(1, total, LIST, "").pages();
		List<Integer> all = IntStream.rangeClosed(1, pages)
			.mapToObj(n -> Paging.of(n, total, LIST, ""))
			.flatMap(p -> p.of(lines).stream())
			.toList();

		assertThat(all).isEqualTo(lines);
		assertThat(Paging.of(pages, total, LIST, "").beyondTheLast()).isFalse();
		assertThat(Paging.of(pages + 1, total, LIST, "").beyondTheLast()).isTrue();
	}

	private static List<Integer> numbers(Paging paging) {
		return paging.items().stream().map(Paging.Item::number).toList();
	}

}
