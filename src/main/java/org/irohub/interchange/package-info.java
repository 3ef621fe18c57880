/**
 * Interchange: the Children in Need census XML in and out. Importing a council's returns is how it starts with
 * its history instead of typing it; exporting writes the child protection parts back for a reference date. Also
 * the synthetic census generator used for demos and benchmarks.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "children", "protection", "calendar", "identity", "audit", "portal", "bulk" })
package org.irohub.interchange;
