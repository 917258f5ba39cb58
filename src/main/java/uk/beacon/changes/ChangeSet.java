package uk.beacon.changes;

/**
 * Many changes made by one command, such as the figures of an import (one change an
 * indicator), published as one event so that the audit trail can write them together.
 * Each is still recorded as a change of its own. The changes are read once, when the
 * trail writes them, in the same transaction.
 *
 * @param changes the changes, in the order they were made
 */
public record ChangeSet(Iterable<Change> changes) {

}
