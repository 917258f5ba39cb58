package uk.beacon.imports;

/**
 * Something wrong with an import, with where it is: file, row (the header is row 1) and
 * column.
 *
 * @param file the file's name
 * @param row the row number counting the header as row 1, or 0 for the file as a whole
 * @param column the column name, or {@code null} for the row or file as a whole
 * @param message what is wrong and what to do, in plain English
 */
public record ImportProblem(String file, int row, String column, String message) {

	@Override
	public String toString() {
		StringBuilder where = new StringBuilder(this.file);
		if (this.row > 0) {
			where.append(", row ").append(this.row);
		}
		if (this.column != null) {
			where.append(this.column.contains("/") ? ", columns " : ", column ");
			where.append('"').append(this.column.replace("/", "\"/\"")).append('"');
		}
		return where + ": " + this.message;
	}

}
