package org.irohub.portal;

/** One link of the service navigation; {@code current} marks the section the user is in. */
public record NavigationItem(String label, String href, boolean current) {
}
