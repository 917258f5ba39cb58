package uk.beacon.risk;

import java.time.OffsetDateTime;

/**
 * Who confirmed that a risk duplicated another, when, and why.
 */
public record MergeRecord(String reason, String mergedBy, OffsetDateTime mergedAt) {

}
