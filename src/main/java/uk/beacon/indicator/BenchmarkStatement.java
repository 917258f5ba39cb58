package uk.beacon.indicator;

/**
 * How the council compares with one comparator: a published benchmark (national,
 * regional, statistical neighbours) or a comparator group the council keeps, in one
 * sentence for the latest period it has.
 *
 * @param comparator the comparator's name, such as "National (England)" or "CIPFA nearest
 * neighbours"
 * @param group whether it is a comparator group the council keeps rather than a published
 * benchmark
 * @param period the data period compared
 * @param statement the comparison, with the numbers
 * @param ratesTarget whether its quartile is the one the figure's quartile target is
 * rated by
 */
public record BenchmarkStatement(String comparator, boolean group, String period, String statement,
		boolean ratesTarget) {
}
