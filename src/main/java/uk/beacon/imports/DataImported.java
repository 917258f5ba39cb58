package uk.beacon.imports;

import java.util.List;

/**
 * An import saved its files; published for the audit trail.
 */
public record DataImported(List<String> files, String summary, String actor) {

}
