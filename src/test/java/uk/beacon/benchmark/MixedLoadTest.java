package uk.beacon.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MixedLoadTest {

	@Test
	void theLastPageOfAListIsTheHighestPageItsPaginationLinks() {
		// as templates/pagination.html writes them, on the first page of twenty
		String html = """
				<li class="govuk-pagination__item govuk-pagination__item--current"><a class="govuk-link govuk-pagination__link" href="/dashboard/BIG#indicators" aria-current="page" aria-label="Page 1">1</a></li>
				<li class="govuk-pagination__item"><a class="govuk-link govuk-pagination__link" href="/dashboard/BIG?page=2#indicators" aria-label="Page 2">2</a></li>
				<li class="govuk-pagination__item govuk-pagination__item--ellipses">⋯</li>
				<li class="govuk-pagination__item"><a class="govuk-link govuk-pagination__link" href="/dashboard/BIG?page=20#indicators" aria-label="Page 20">20</a></li>
				""";

		assertThat(MixedLoad.lastPage(html)).isEqualTo(20);
		assertThat(MixedLoad.lastPage("<table></table>")).isEqualTo(1);
	}

}
