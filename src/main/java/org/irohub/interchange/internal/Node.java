package org.irohub.interchange.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One element of a single {@code Child} of a census file, held in memory only while that child is mapped: the
 * file itself is streamed, never loaded.
 */
final class Node {

    private final String name;
    private StringBuilder text;
    private List<Node> children;

    Node(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    Node add(String childName) {
        if (children == null) {
            children = new ArrayList<>(4);
        }
        Node child = new Node(childName);
        children.add(child);
        return child;
    }

    void append(char[] characters, int start, int length) {
        if (text == null) {
            text = new StringBuilder(length);
        }
        text.append(characters, start, length);
    }

    /** The text with surrounding white space removed, or null when there is none. */
    String text() {
        if (text == null) {
            return null;
        }
        String trimmed = text.toString().strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** The first child element of that name, or null. */
    Node child(String childName) {
        if (children != null) {
            for (Node child : children) {
                if (child.name.equals(childName)) {
                    return child;
                }
            }
        }
        return null;
    }

    List<Node> all(String childName) {
        List<Node> found = new ArrayList<>();
        if (children != null) {
            for (Node child : children) {
                if (child.name.equals(childName)) {
                    found.add(child);
                }
            }
        }
        return found;
    }

    /** The text of the first child element of that name, or null. */
    String text(String childName) {
        Node child = child(childName);
        return child == null ? null : child.text();
    }
}
