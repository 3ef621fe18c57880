/**
 * Children: the child records the IRO service holds conferences about (LA child id, names, date of birth or
 * expected date of birth, sex, ethnicity, disability, UPN, NHS number), sibling groups and restricted records.
 * <p>
 * Other modules use {@link org.irohub.children.ChildDirectory} with {@link org.irohub.children.ChildId} and
 * {@link org.irohub.children.ChildSummary}, and add sections to the child page by declaring a
 * {@link org.irohub.children.ChildPageSection} bean, so this module never depends on them. Every view, search
 * and change of a child is written to the audit log in the same transaction; refused access is audited as
 * {@code DENIED} and answered as if the record did not exist.
 * <p>
 * Restricted records: a restricted child is visible only to the usernames named on it, whatever their role,
 * administrators included. Named users and administrators may change who is named (an administrator does so
 * without seeing the child's details), so a record never becomes unreachable when the named people leave.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity", "audit", "bulk" })
package org.irohub.children;
