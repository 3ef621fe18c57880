package org.irohub.interchange.generator;

import java.time.LocalDate;
import java.util.List;

/**
 * One {@code CINdetails}: an episode of need from referral to closure (no closure while open at the reference
 * date). {@code transferInIcpc} is an initial conference held with no section 47 in this episode.
 */
record Episode(LocalDate referralDate, String referralSource, String primaryNeed, LocalDate closureDate,
        String closureReason, LocalDate transferInIcpc, Assessment assessment, List<CinPlan> cinPlans,
        List<Section47> section47s, boolean referralNfa, List<ProtectionPlan> plans) {

    Episode withSection47s(List<Section47> replaced) {
        return new Episode(referralDate, referralSource, primaryNeed, closureDate, closureReason, transferInIcpc,
                assessment, cinPlans, List.copyOf(replaced), referralNfa, plans);
    }

    Episode withPlans(List<ProtectionPlan> replaced) {
        return new Episode(referralDate, referralSource, primaryNeed, closureDate, closureReason, transferInIcpc,
                assessment, cinPlans, section47s, referralNfa, List.copyOf(replaced));
    }

    Episode withCinPlans(List<CinPlan> replaced) {
        return new Episode(referralDate, referralSource, primaryNeed, closureDate, closureReason, transferInIcpc,
                assessment, List.copyOf(replaced), section47s, referralNfa, plans);
    }

    Episode withReferralDate(LocalDate date) {
        return new Episode(date, referralSource, primaryNeed, closureDate, closureReason, transferInIcpc,
                assessment, cinPlans, section47s, referralNfa, plans);
    }

    Episode withTransferInIcpc(LocalDate date) {
        return new Episode(referralDate, referralSource, primaryNeed, closureDate, closureReason, date,
                assessment, cinPlans, section47s, referralNfa, plans);
    }
}
