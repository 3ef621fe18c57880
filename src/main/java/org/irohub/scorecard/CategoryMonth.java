package org.irohub.scorecard;

import java.time.YearMonth;
import java.util.Map;

/**
 * Categories of abuse in one month (seed Appendix 2: emotional abuse rising as neglect falls): children on a plan at
 * the month's end by the category their plan had then, and plans started in the month by initial category. Both
 * keyed NEG, PHY, SAB, EMO, MUL.
 */
public record CategoryMonth(YearMonth month, Map<String, Integer> childrenAtMonthEnd, Map<String, Integer> plansStarted) {
}
