package org.irohub.children.web;

import java.util.Map;

import org.irohub.children.ChildId;
import org.irohub.children.ChildPageSection;

/** A section from another module, with its model worked out for the child on the page. */
record RenderedSection(String key, String title, String template, String fragment, Map<String, Object> model) {

    static RenderedSection of(ChildPageSection section, ChildId child) {
        return new RenderedSection(section.template() + "::" + section.fragment(), section.title(),
                section.template(), section.fragment(), java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(section.model(child))));
    }
}
