/**
 * Identity: user accounts, roles, sign-in, API authentication and lockout. {@link org.irohub.identity.Roles}
 * holds the role names and the {@code @PreAuthorize} expressions every controller uses.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.irohub.identity;
