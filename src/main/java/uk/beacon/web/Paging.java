package uk.beacon.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One page of a long list on a page of Beacon (a council's dashboard lists every
 * indicator of the council: 2,000 at a large council, 20,000 at ten times it), with the
 * GOV.UK pagination component's links. The list's own address, with its filters, names
 * the first page; {@code page=2} and on name the others, so that a link from elsewhere, a
 * filter or a bookmark still opens the first page and every page is kept under its own
 * address. Exports (the dashboard's PDF) are not paged: they keep every line.
 *
 * @param page the page shown, from 1
 * @param size lines a page
 * @param total lines in the list, every page
 * @param address the list's address with its filters and without a page, which is the
 * first page's
 * @param anchor the fragment the links lead to (the list's heading), empty for none
 */
public record Paging(int page, int size, int total, String address, String anchor) {

	/** Lines a page of a council-wide list: a screenful a person reads, not a council. */
	public static final int LINES = 100;

	// a number of more digits than this is past any list's last page
	private static final int LONGEST_NUMBER = 9;

	public Paging {
		if (page < 1 || size < 1 || total < 0) {
			throw new IllegalArgumentException(
					"A page is numbered from 1 and holds a line at least: page " + page + " of " + size);
		}
	}

	/**
	 * The page asked for in the address: none or empty is the first; a number past the
	 * last page is left to {@link #beyondTheLast()}.
	 * @throws NotAPage for anything but a whole number from 1, with the reason in words
	 */
	public static int requested(Optional<String> page) {
		String text = page.map(String::strip).orElse("");
		if (text.isEmpty()) {
			return 1;
		}
		if (!text.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new NotAPage("“" + shorter(text) + "” is not a page number: pages are numbered 1, 2, 3 and so on.");
		}
		String digits = text.replaceFirst("^0+(?=.)", "");
		if (digits.length() > LONGEST_NUMBER) {
			return Integer.MAX_VALUE;
		}
		int number = Integer.parseInt(digits);
		if (number < 1) {
			throw new NotAPage("There is no page 0: pages are numbered from 1.");
		}
		return number;
	}

	/** The pages of this many lines, {@link #LINES} a page. */
	public static Paging of(int requested, int total, String address, String anchor) {
		return new Paging(requested, LINES, total, address, anchor);
	}

	/** How many pages the list fills: one at least, empty or not. */
	public int pages() {
		return Math.max(1, (int) ((this.total + (long) this.size - 1) / this.size));
	}

	/**
	 * Whether the page asked for is past the last: its address then leads to the last.
	 */
	public boolean beyondTheLast() {
		return this.page > pages();
	}

	/** Whether the list is longer than a page, and so shows the pagination. */
	public boolean paged() {
		return pages() > 1;
	}

	/** The number of the first line on the page, from 1; 0 for an empty list. */
	public int from() {
		return (this.total == 0) ? 0 : (int) Math.min(this.total, (this.page - 1L) * this.size + 1);
	}

	/** The number of the last line on the page. */
	public int to() {
		return (int) Math.min(this.total, (long) this.page * this.size);
	}

	/** The page's lines of the whole list, in the list's order. */
	public <T> List<T> of(List<T> lines) {
		if (lines.size() != this.total) {
			throw new IllegalArgumentException(
					"The list has " + lines.size() + " lines, not the " + this.total + " it was paged for");
		}
		return (this.total == 0) ? List.of() : lines.subList(from() - 1, to());
	}

	/** "Showing 201 to 300 of 2,000." */
	public String showing() {
		return String.format(Locale.UK, "Showing %,d to %,d of %,d.", from(), to(), this.total);
	}

	/**
	 * " (page 3 of 20)" for a list longer than a page, for a table's caption; else empty.
	 */
	public String ofPages() {
		return paged() ? String.format(Locale.UK, " (page %,d of %,d)", this.page, pages()) : "";
	}

	/** The address of a page: the first page's is the list's own. */
	public String href(int number) {
		String href = (number == 1) ? this.address
				: this.address + (this.address.contains("?") ? "&" : "?") + "page=" + number;
		return this.anchor.isEmpty() ? href : href + "#" + this.anchor;
	}

	/** The previous page's address, or {@code null} on the first. */
	public String previous() {
		return (this.page > 1 && !beyondTheLast()) ? href(this.page - 1) : null;
	}

	/** The next page's address, or {@code null} on the last. */
	public String next() {
		return (this.page < pages()) ? href(this.page + 1) : null;
	}

	/**
	 * The numbered links, as GOV.UK's pagination shows them: the first and last page, the
	 * page shown and those either side of it, and an ellipsis (a {@code null} number) for
	 * each gap of more than one page.
	 */
	public List<Item> items() {
		int last = pages();
		List<Item> items = new ArrayList<>();
		int previous = 0;
		for (int n = 1; n <= last; n++) {
			if (n == 1 || n == last || Math.abs(n - this.page) <= 1) {
				if (n - previous == 2) {
					items.add(item(n - 1));
				}
				else if (n - previous > 2) {
					items.add(new Item(null, null, false));
				}
				items.add(item(n));
				previous = n;
			}
		}
		return items;
	}

	private Item item(int n) {
		return new Item(n, href(n), n == this.page);
	}

	private static String shorter(String text) {
		return (text.length() <= 20) ? text : text.substring(0, 20) + "…";
	}

	/**
	 * A link of the pagination.
	 *
	 * @param number the page's number, {@code null} for an ellipsis
	 * @param href its address
	 * @param current whether it is the page shown
	 */
	public record Item(Integer number, String href, boolean current) {
	}

	/** A page number in an address that is not one: answered 400 with the reason. */
	public static final class NotAPage extends RuntimeException {

		private static final long serialVersionUID = 1L;

		NotAPage(String reason) {
			super(reason);
		}

	}

}
