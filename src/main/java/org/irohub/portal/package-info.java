/**
 * Portal: the frame every page sits in (GOV.UK Frontend layout, navigation by role, home page per role,
 * error pages) and the problem+json format of API errors.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity" })
package org.irohub.portal;
