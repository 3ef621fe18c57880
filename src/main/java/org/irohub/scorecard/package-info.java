/**
 * Scorecard: the IRO service's indicators (indicators.md, DfE definitions) computed live for any period from the
 * read-only views the protection module publishes, beside the previous year, England and local targets, with a
 * drill-down from each count to the children or conferences behind it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "protection", "children", "calendar", "identity", "audit", "portal" })
package org.irohub.scorecard;
