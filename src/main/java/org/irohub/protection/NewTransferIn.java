package org.irohub.protection;

import java.time.LocalDate;

/** A child subject to a plan elsewhere has moved here permanently: when we heard, from where, and when that plan began. */
public record NewTransferIn(LocalDate notifiedOn, String fromAuthority, LocalDate previousPlanStart) {
}
