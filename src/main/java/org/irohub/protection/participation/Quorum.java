package org.irohub.protection.participation;

import java.util.List;

/** Whether a conference is quorate, with the reasons in words a chair can read out. */
public record Quorum(boolean quorate, List<String> reasons) {

    public Quorum {
        reasons = List.copyOf(reasons);
    }
}
